// The profile form: the organisation's public details as typed (text, so a refused form comes back
// as it was), turned into the API's OrganisationInput once the site can read every number.
import type { OrganisationInput } from "$lib/graphql/generated/graphql";
import { decimalNumber, isTicked, listOf, numberAsText, orNull, textOf } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

export interface ProfileValues {
  description: string;
  website: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  latitude: string;
  longitude: string;
  hasTechlab: boolean;
  profiles: string[];
  /** The version the editor loaded: a save over a newer one is refused (ConflictError). */
  version: string;
}

/** Dutch text for each field the API may refuse, by the input's field name (also the form's). */
export const PROFILE_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  description: "De beschrijving is te lang: maximaal 20.000 tekens.",
  website: "Vul een webadres in dat begint met https://, zoals https://www.school.nl.",
  email: "Vul een algemeen e-mailadres in zoals info@school.nl.",
  phone: "Vul een telefoonnummer in zoals 0412 123 456.",
  street: "De straat en het huisnummer zijn te lang: maximaal 200 tekens.",
  postalCode: "Vul een postcode in zoals 5341 AB.",
  city: "De plaats is te lang: maximaal 100 tekens.",
  latitude: "Vul een breedtegraad in tussen -90 en 90, zoals 51,7654.",
  longitude: "Vul een lengtegraad in tussen -180 en 180, zoals 5,5176, samen met de breedtegraad.",
  profiles: "Een of meer profielen bestaan niet (meer). Kies opnieuw.",
};

interface LoadedProfile {
  description: string;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  hasTechlab: boolean;
  profiles: readonly { code: string }[];
  version: number;
}

export function profileValuesOf(organisation: LoadedProfile): ProfileValues {
  return {
    description: organisation.description,
    website: organisation.website ?? "",
    email: organisation.email ?? "",
    phone: organisation.phone ?? "",
    street: organisation.street ?? "",
    postalCode: organisation.postalCode ?? "",
    city: organisation.city ?? "",
    latitude: numberAsText(organisation.latitude),
    longitude: numberAsText(organisation.longitude),
    hasTechlab: organisation.hasTechlab,
    profiles: organisation.profiles.map((profile) => profile.code),
    version: String(organisation.version),
  };
}

export function profileValuesFrom(form: FormData): ProfileValues {
  const text = (name: string) => textOf(form, name);
  return {
    description: text("description"),
    website: text("website"),
    email: text("email"),
    phone: text("phone"),
    street: text("street"),
    postalCode: text("postalCode"),
    city: text("city"),
    latitude: text("latitude"),
    longitude: text("longitude"),
    hasTechlab: isTicked(form, "hasTechlab"),
    profiles: listOf(form, "profiles"),
    version: text("version"),
  };
}

/** The API's input, or the fields the site can already tell are wrong (numbers it cannot read). */
export function profileInputFrom(values: ProfileValues): { input: OrganisationInput } | { errors: FieldErrors } {
  const latitude = decimalNumber(values.latitude);
  const longitude = decimalNumber(values.longitude);
  const errors: FieldErrors = {};
  if (latitude === undefined) errors.latitude = PROFILE_FIELD_MESSAGES.latitude;
  if (longitude === undefined) errors.longitude = PROFILE_FIELD_MESSAGES.longitude;
  if (latitude === undefined || longitude === undefined) return { errors };
  return {
    input: {
      description: values.description,
      website: orNull(values.website),
      email: orNull(values.email),
      phone: orNull(values.phone),
      street: orNull(values.street),
      postalCode: orNull(values.postalCode),
      city: orNull(values.city),
      latitude,
      longitude,
      hasTechlab: values.hasTechlab,
      profiles: values.profiles,
    },
  };
}
