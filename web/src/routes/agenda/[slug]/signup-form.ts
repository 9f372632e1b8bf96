// The sign-up form of an event: its fields as typed (so a refused form comes back as it was), the
// checks only the site can make, and the Dutch text beside each field the API may refuse.
import { isTicked, orNull, textOf, wholeNumber } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

/** The largest group the API takes (its MAX_GROUP_SIZE). */
export const MAX_GROUP_SIZE = 500;

export interface SignupValues {
  name: string;
  email: string;
  organisation: string;
  groupLabel: string;
  groupSize: string;
  phone: string;
  remark: string;
  privacy: boolean;
}

export const EMPTY_SIGNUP: SignupValues = { name: "", email: "", organisation: "", groupLabel: "", groupSize: "", phone: "", remark: "", privacy: false };

/** Dutch text per field, by the form's field name (the API's names, except `organisation` and `privacy`). */
export const SIGNUP_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  name: "Vul je naam in (minstens 2 tekens).",
  email: "Vul je e-mailadres van school of werk in, zoals naam@school.nl.",
  organisation: "De naam van je school of organisatie mag hooguit 200 tekens zijn.",
  groupLabel: "De groep mag hooguit 100 tekens zijn, bijvoorbeeld groep 7b.",
  groupSize: `Vul in met hoeveel personen jullie komen: een heel getal van 1 tot en met ${MAX_GROUP_SIZE}.`,
  phone: "Vul een telefoonnummer in, zoals 0412 123 456, of laat het leeg.",
  remark: "De opmerking is te lang: hooguit 1.000 tekens.",
  privacy: "Lees de privacyverklaring en vink aan dat je akkoord gaat.",
};

/** The form's field name for a field the API blames. */
export const signupFormFieldOf = (apiField: string) =>
  apiField === "organisationName" || apiField === "organisationId" ? "organisation" : apiField === "acceptedPrivacyStatement" ? "privacy" : apiField;

/** The Dutch text by the API's field name, for outcomeOf. */
export const SIGNUP_PROBLEM_FIELDS: Readonly<Record<string, string>> = {
  ...SIGNUP_FIELD_MESSAGES,
  organisationName: SIGNUP_FIELD_MESSAGES.organisation,
  organisationId: SIGNUP_FIELD_MESSAGES.organisation,
  acceptedPrivacyStatement: SIGNUP_FIELD_MESSAGES.privacy,
};

export function signupValuesFrom(form: FormData): SignupValues {
  const text = (name: string) => textOf(form, name);
  return {
    name: text("name"),
    email: text("email"),
    organisation: text("organisation"),
    groupLabel: text("groupLabel"),
    groupSize: text("groupSize"),
    phone: text("phone"),
    remark: text("remark"),
    privacy: isTicked(form, "privacy"),
  };
}

export interface CheckedSignup {
  name: string;
  email: string;
  groupLabel: string | null;
  groupSize: number;
  phone: string | null;
  remark: string | null;
}

/** The values the API takes, or the fields the site can already tell are wrong. */
export function checkSignup(values: SignupValues): { signup: CheckedSignup } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const groupSize = wholeNumber(values.groupSize);
  if (!groupSize || groupSize > MAX_GROUP_SIZE) errors.groupSize = SIGNUP_FIELD_MESSAGES.groupSize;
  if (values.name.length < 2) errors.name = SIGNUP_FIELD_MESSAGES.name;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = SIGNUP_FIELD_MESSAGES.email;
  if (!values.privacy) errors.privacy = SIGNUP_FIELD_MESSAGES.privacy;
  if (Object.keys(errors).length || !groupSize) return { errors };
  return {
    signup: {
      name: values.name,
      email: values.email,
      groupLabel: orNull(values.groupLabel),
      groupSize,
      phone: orNull(values.phone),
      remark: orNull(values.remark),
    },
  };
}
