// A region's name and description as typed, and the Dutch text for what the API may refuse.
import { textOf } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

export interface RegionValues {
  name: string;
  description: string;
}

export const REGION_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  name: "Vul de naam van de regio in, minstens 2 en hoogstens 100 tekens.",
  description: "De beschrijving is te lang: maximaal 5.000 tekens.",
};

export const regionValuesFrom = (form: FormData): RegionValues => ({ name: textOf(form, "name"), description: textOf(form, "description") });

/** What the site can already tell is wrong before asking the API. */
export function regionErrors(values: RegionValues): FieldErrors {
  return values.name.length < 2 ? { name: REGION_FIELD_MESSAGES.name } : {};
}

/** Only platform admins keep regions; their moderators may look. */
export const ADMINS_ONLY_TEXT = "Regio's toevoegen en wijzigen is voor platformbeheerders.";
