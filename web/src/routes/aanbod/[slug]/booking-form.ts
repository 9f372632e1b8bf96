// The "Aanvragen" form: its fields as typed (so a refused form comes back as it was), the checks
// only the site can make, and the Dutch text beside each field the API may refuse.
import { isTicked, orNull, textOf, wholeNumber } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

export interface BookingValues {
  preferredDates: string;
  groupSize: string;
  groupLabel: string;
  school: string;
  name: string;
  email: string;
  phone: string;
  remark: string;
  privacy: boolean;
}

export const EMPTY_BOOKING: BookingValues = {
  preferredDates: "",
  groupSize: "",
  groupLabel: "",
  school: "",
  name: "",
  email: "",
  phone: "",
  remark: "",
  privacy: false,
};

/** Dutch text per field, by the form's field name (the API's names, except `school` and `privacy`). */
export const BOOKING_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  preferredDates: "Vul in wanneer het jullie uitkomt, bijvoorbeeld een paar data of een periode (3 tot 500 tekens).",
  groupSize: "Vul in met hoeveel personen jullie komen, als een heel getal van minstens 1.",
  groupLabel: "De groep mag hooguit 50 tekens zijn, bijvoorbeeld groep 7b of 2 vmbo.",
  school: "Vul de naam van je school of organisatie in.",
  name: "Vul je naam in.",
  email: "Vul je e-mailadres van school of werk in, zoals naam@school.nl.",
  phone: "Vul een telefoonnummer in, zoals 0412 123 456, of laat het leeg.",
  remark: "De opmerking is te lang: hooguit 2.000 tekens.",
  privacy: "Lees de privacyverklaring en vink aan dat je akkoord gaat.",
};

/** The API's field names where the form asks differently. */
export const bookingFormFieldOf = (apiField: string) =>
  apiField === "organisationName" || apiField === "organisationId" ? "school" : apiField === "acceptedPrivacyStatement" ? "privacy" : apiField;

export const BOOKING_PROBLEM_FIELDS: Readonly<Record<string, string>> = {
  ...BOOKING_FIELD_MESSAGES,
  organisationName: BOOKING_FIELD_MESSAGES.school,
  organisationId: BOOKING_FIELD_MESSAGES.school,
  acceptedPrivacyStatement: BOOKING_FIELD_MESSAGES.privacy,
};

export function bookingValuesFrom(form: FormData): BookingValues {
  const text = (name: string) => textOf(form, name);
  return {
    preferredDates: text("preferredDates"),
    groupSize: text("groupSize"),
    groupLabel: text("groupLabel"),
    school: text("school"),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    remark: text("remark"),
    privacy: isTicked(form, "privacy"),
  };
}

export interface CheckedBooking {
  preferredDates: string;
  groupSize: number;
  groupLabel: string | null;
  name: string;
  email: string;
  phone: string | null;
  remark: string | null;
}

/** The values the API takes, or the fields the site can already tell are wrong. */
export function checkBooking(values: BookingValues, maxGroupSize: number | null | undefined): { booking: CheckedBooking } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const groupSize = wholeNumber(values.groupSize);
  if (!groupSize) errors.groupSize = BOOKING_FIELD_MESSAGES.groupSize;
  else if (maxGroupSize && groupSize > maxGroupSize) errors.groupSize = `Deze activiteit is voor groepen van hooguit ${maxGroupSize} personen.`;
  if (values.preferredDates.length < 3) errors.preferredDates = BOOKING_FIELD_MESSAGES.preferredDates;
  if (values.school.length < 2) errors.school = BOOKING_FIELD_MESSAGES.school;
  if (values.name.length < 2) errors.name = BOOKING_FIELD_MESSAGES.name;
  if (!values.email.includes("@")) errors.email = BOOKING_FIELD_MESSAGES.email;
  if (!values.privacy) errors.privacy = BOOKING_FIELD_MESSAGES.privacy;
  if (Object.keys(errors).length || !groupSize) return { errors };
  return {
    booking: {
      preferredDates: values.preferredDates,
      groupSize,
      groupLabel: orNull(values.groupLabel),
      name: values.name,
      email: values.email,
      phone: orNull(values.phone),
      remark: orNull(values.remark),
    },
  };
}
