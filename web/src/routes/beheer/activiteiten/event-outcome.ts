// What an event mutation came to, with the API's refusals beside the form's own fields. The API
// names a bad field by its path in EventInput (["input", "venue", "city"], ["input", "endsAt"]);
// the form asks for some of them differently (a day and times instead of two instants, euros
// instead of cents), so each is shown beside the field the editor typed it in.
import type { MutationAnswer } from "$lib/server/api";
import { outcomeOf, type FieldErrors, type Outcome } from "$lib/server/editing/outcome";
import { EVENT_FIELD_TEXTS, type EventField } from "./event-fields";
import type { EventFormValues } from "./event-form-values";

/** The last part of a problem's path (EventInput's field, or VenueInput's) -> the form's field. */
function formFieldOf(apiField: string, values: EventFormValues): EventField | undefined {
  switch (apiField) {
    case "startsAt":
      return "date";
    case "endsAt":
      return values.endDate ? "endDate" : values.allDay ? "date" : "endTime";
    case "costCents":
      return "cost";
    case "name":
    case "venue":
      return "venueName";
    case "imageId":
      return "imageFile";
    // The sign-up period is kept as loaded; it clashes with the event's new dates.
    case "signupOpensAt":
    case "signupClosesAt":
      return "date";
    default:
      return Object.hasOwn(EVENT_FIELD_TEXTS, apiField) ? (apiField as EventField) : undefined;
  }
}

const SIGNUP_PERIOD_TEXT = "De aanmeldperiode van deze activiteit loopt tot na het einde. Kies een latere datum, of vraag de moderator de aanmeldperiode aan te passen.";

/** For each field of the API's input that the form shows, the text beside the form's field. */
function apiFieldTexts(values: EventFormValues): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const apiField of ["title", "summary", "description", "imageId", "kind", "startsAt", "endsAt", "venue", "name", "street", "postalCode", "city", "onlineUrl", "audiences", "leerwegen", "themes", "actionLines", "profiles", "capacity", "signupMode", "signupUrl", "costCents"]) {
    const field = formFieldOf(apiField, values);
    if (field) texts[apiField] = EVENT_FIELD_TEXTS[field];
  }
  texts.signupOpensAt = texts.signupClosesAt = SIGNUP_PERIOD_TEXT;
  return texts;
}

export function eventOutcome<Data, Result extends { __typename?: string; problems?: readonly { path: readonly string[]; message: string }[] }>(
  answer: MutationAnswer<Data>,
  resultOf: (data: Data) => Result,
  successType: NonNullable<Result["__typename"]>,
  values: EventFormValues,
): Outcome<Result> {
  const outcome = outcomeOf(answer, resultOf, successType, apiFieldTexts(values));
  if (outcome.ok) return outcome;
  const errors: FieldErrors = {};
  for (const [apiField, text] of Object.entries(outcome.errors)) {
    const field = formFieldOf(apiField, values);
    if (field) errors[field] ??= text;
  }
  return { ...outcome, errors };
}
