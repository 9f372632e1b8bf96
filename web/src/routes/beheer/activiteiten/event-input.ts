// From the form as typed to the API's EventInput: the checks only the site can make (a day and a
// time that read as such, euros, whole numbers), then Amsterdam wall-clock times as UTC instants.
// Everything else (lengths, web addresses, postcodes) the API checks, and event-outcome.ts puts
// its Dutch text beside the field (event-fields.ts).
import type { EventInput, EventKind, Leerweg, SignupMode } from "$lib/graphql/generated/graphql";
import { eventKinds } from "$lib/enum-words";
import { signupModeLabels, leerwegLabels } from "$lib/labels";
import { addDays, parseDate } from "$lib/time";
import { localInstant, startOfLocalDay } from "$lib/time/zoned";
import { euroCents, orNull, wholeNumber } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";
import { EVENT_FIELD_TEXTS } from "./event-fields";
import type { EventFormValues } from "./event-form-values";


const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// The form accepts 9.30 as well as 09:30; browsers without a time picker let people type either.
const normalTime = (text: string) => {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : text;
};

/** Browsers without a date picker let people type the Dutch way, 12-3-2027. */
function normalDate(text: string): string | undefined {
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  return parseDate(dutch ? `${dutch[3]}-${dutch[2].padStart(2, "0")}-${dutch[1].padStart(2, "0")}` : text);
}

const isKind = (value: string): value is EventKind => Object.hasOwn(eventKinds, value);
const isSignupMode = (value: string): value is SignupMode => Object.hasOwn(signupModeLabels, value);
const isLeerweg = (value: string): value is Leerweg => Object.hasOwn(leerwegLabels, value);

/** The start and end as instants, or the fields to blame. */
function period(values: EventFormValues, errors: FieldErrors): { startsAt: Date; endsAt: Date } | null {
  const date = normalDate(values.date);
  if (!date) errors.date = EVENT_FIELD_TEXTS.date;
  const endDate = values.endDate ? normalDate(values.endDate) : date;
  if (values.endDate && !endDate) errors.endDate = EVENT_FIELD_TEXTS.endDate;
  if (values.allDay) {
    if (!date || !endDate) return null;
    // A whole day ends at the next midnight, as the API keeps it.
    return { startsAt: startOfLocalDay(date), endsAt: startOfLocalDay(addDays(endDate, 1)) };
  }
  const startTime = normalTime(values.startTime);
  const endTime = normalTime(values.endTime);
  if (!TIME.test(startTime)) errors.startTime = EVENT_FIELD_TEXTS.startTime;
  if (!TIME.test(endTime)) errors.endTime = EVENT_FIELD_TEXTS.endTime;
  if (!date || !endDate || !TIME.test(startTime) || !TIME.test(endTime)) return null;
  const startsAt = localInstant(date, startTime);
  const endsAt = localInstant(endDate, endTime);
  if (endsAt <= startsAt) {
    errors[values.endDate ? "endDate" : "endTime"] = values.endDate ? EVENT_FIELD_TEXTS.endDate : EVENT_FIELD_TEXTS.endTime;
    return null;
  }
  return { startsAt, endsAt };
}

/** The venue when any part of its address is given; the API says which part is missing. */
function venueOf(values: EventFormValues): EventInput["venue"] {
  const parts = [values.venueName, values.street, values.postalCode, values.city];
  if (parts.every((part) => part === "")) return null;
  return { name: values.venueName, street: orNull(values.street), postalCode: orNull(values.postalCode), city: values.city };
}

export type EventInputCheck = { input: EventInput } | { errors: FieldErrors };

export function eventInputOf(values: EventFormValues): EventInputCheck {
  const errors: FieldErrors = {};
  if (values.title.length < 3) errors.title = EVENT_FIELD_TEXTS.title;
  if (!isKind(values.kind)) errors.kind = EVENT_FIELD_TEXTS.kind;
  const when = period(values, errors);
  const capacity = wholeNumber(values.capacity);
  if (capacity === undefined || capacity === 0) errors.capacity = EVENT_FIELD_TEXTS.capacity;
  const costCents = euroCents(values.cost);
  if (costCents === undefined) errors.cost = EVENT_FIELD_TEXTS.cost;
  const signupMode = values.signupMode || "NONE";
  if (!isSignupMode(signupMode)) errors.signupMode = EVENT_FIELD_TEXTS.signupMode;
  if (!values.leerwegen.every(isLeerweg)) errors.leerwegen = EVENT_FIELD_TEXTS.leerwegen;
  const actionLines = values.actionLines.map(Number);
  if (!actionLines.every(Number.isInteger)) errors.actionLines = EVENT_FIELD_TEXTS.actionLines;
  if (Object.keys(errors).length || !when || !isKind(values.kind) || !isSignupMode(signupMode)) return { errors };

  return {
    input: {
      title: values.title,
      summary: values.summary,
      description: values.description,
      kind: values.kind,
      startsAt: when.startsAt.toISOString(),
      endsAt: when.endsAt.toISOString(),
      allDay: values.allDay,
      venue: venueOf(values),
      onlineUrl: orNull(values.onlineUrl),
      audiences: values.audiences,
      leerwegen: values.leerwegen.filter(isLeerweg),
      themes: values.themes,
      actionLines,
      profiles: values.profiles,
      capacity,
      signupMode,
      // A link only means something for sign-up elsewhere; a stale one would otherwise linger unseen.
      signupUrl: signupMode === "EXTERNAL" ? orNull(values.signupUrl) : null,
      costCents: costCents ?? 0,
      coOrganisers: values.coOrganisers,
      signupOpensAt: orNull(values.signupOpensAt),
      signupClosesAt: orNull(values.signupClosesAt),
    },
  };
}
