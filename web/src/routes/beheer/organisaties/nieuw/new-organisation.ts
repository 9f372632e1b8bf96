// Adding an organisation, for the region's moderators and platform admins: the choices the form
// offers in one region (its municipalities, its schools for a location), what was typed, and the
// API's CreateOrganisationInput. The profile part is the profile form's own (../[slug]/profile-form).
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { CreateOrganisationInput, OrganisationKind } from "$lib/graphql/generated/graphql";
import { organisationKinds } from "$lib/enum-words";
import { queryApi } from "$lib/server/api";
import { orNull, textOf } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";
import type { SessionViewer } from "$lib/server/session/viewer";
import { PROFILE_FIELD_MESSAGES, profileInputFrom, profileValuesFrom, type ProfileValues } from "../[slug]/profile-form";

const AllRegionsQuery = graphql(`
  query NewOrganisationRegions {
    regions {
      slug
      name
    }
  }
`);

const ChoicesQuery = graphql(`
  query NewOrganisationChoices($region: String!) {
    region(slug: $region) {
      id
      slug
      name
      municipalities {
        id
        name
      }
    }
    organisations(first: 100, filter: { region: $region, kinds: [VMBO_SCHOOL, MBO_COLLEGE, PRAKTIJKONDERWIJS, VSO] }) {
      edges {
        node {
          id
          name
        }
      }
    }
    profiles {
      code
      name
    }
  }
`);

export const NOT_A_MODERATOR_TEXT = "Organisaties toevoegen is voor moderatoren van een regio.";

/** The regions the viewer may add organisations to: those it moderates, or every region for platform admins. */
export async function regionsFor(fetch: typeof globalThis.fetch, viewer: SessionViewer, token: string | null) {
  if (!viewer.platformAdmin && !viewer.moderatedRegions.length) error(403, NOT_A_MODERATOR_TEXT);
  if (!viewer.platformAdmin) return viewer.moderatedRegions.map(({ slug, name }) => ({ slug, name }));
  return (await queryApi(fetch, AllRegionsQuery, {}, "New organisation regions", { token })).regions;
}

/** What the form offers in one region. */
export async function choicesIn(fetch: typeof globalThis.fetch, slug: string, token: string | null) {
  const data = await queryApi(fetch, ChoicesQuery, { region: slug }, "New organisation choices", { token });
  if (!data.region) error(404, "Deze regio bestaat niet (meer).");
  return { region: data.region, schools: data.organisations.edges.map(({ node }) => node), profiles: data.profiles };
}


export interface NewOrganisationValues {
  name: string;
  kind: string;
  municipality: string;
  parent: string;
  profile: ProfileValues;
}

export const EMPTY_ORGANISATION: NewOrganisationValues = {
  name: "",
  kind: "VMBO_SCHOOL",
  municipality: "",
  parent: "",
  profile: { description: "", website: "", email: "", phone: "", street: "", postalCode: "", city: "", latitude: "", longitude: "", hasTechlab: false, profiles: [], version: "" },
};

/** Dutch text for each field the API may refuse, by the input's field name (also the form's). */
export const ORGANISATION_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  ...PROFILE_FIELD_MESSAGES,
  name: "Vul de naam in, minstens 2 en hoogstens 200 tekens.",
  kind: "Kies wat voor organisatie het is.",
  municipality: "Kies een gemeente van deze regio.",
  parent: "Kies een school van deze regio, geen locatie van een school.",
};

export function organisationValuesFrom(form: FormData): NewOrganisationValues {
  return { name: textOf(form, "name"), kind: textOf(form, "kind"), municipality: textOf(form, "municipality"), parent: textOf(form, "parent"), profile: profileValuesFrom(form) };
}

/** The API's input, or the fields the site can already tell are wrong. */
export function organisationInputFrom(region: string, values: NewOrganisationValues): { input: CreateOrganisationInput } | { errors: FieldErrors } {
  const profile = profileInputFrom(values.profile);
  const errors: FieldErrors = "errors" in profile ? { ...profile.errors } : {};
  if (values.name.length < 2) errors.name = ORGANISATION_FIELD_MESSAGES.name;
  const kind = Object.hasOwn(organisationKinds, values.kind) ? (values.kind as OrganisationKind) : undefined;
  if (!kind) errors.kind = ORGANISATION_FIELD_MESSAGES.kind;
  if ("errors" in profile || !kind || Object.keys(errors).length) return { errors };
  return { input: { region, name: values.name, kind, municipality: orNull(values.municipality), parent: orNull(values.parent), profile: profile.input } };
}
