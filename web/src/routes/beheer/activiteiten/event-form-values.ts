// The event form as typed: text and ticked boxes, so a form the site or the API refuses comes back
// exactly as it was. Times are Amsterdam wall-clock times here; event-input.ts turns them into
// the API's UTC instants only once they read as a day and a time.
import { localDate, lastLocalDay, formatTime } from "$lib/time";
import { centsAsEuros, isTicked, listOf, textOf } from "$lib/server/editing/form-values";

export interface EventFormValues {
  title: string;
  summary: string;
  description: string;
  kind: string;
  /** The first day, YYYY-MM-DD (the date input's value). */
  date: string;
  /** HH:MM; ignored for an all-day event. */
  startTime: string;
  /** The last day when it is not the first; "" for one day. */
  endDate: string;
  endTime: string;
  allDay: boolean;
  venueName: string;
  street: string;
  postalCode: string;
  city: string;
  onlineUrl: string;
  audiences: string[];
  leerwegen: string[];
  themes: string[];
  actionLines: string[];
  profiles: string[];
  capacity: string;
  signupMode: string;
  signupUrl: string;
  /** In euros as typed, "12,50". */
  cost: string;
  // Kept as loaded, for the API replaces an event's details as a whole and this form does not show them.
  coOrganisers: string[];
  signupOpensAt: string;
  signupClosesAt: string;
}

/** The parts of an Event the form shows (see the EventEditor query). */
export interface EditableEvent {
  title: string;
  summary: string;
  description: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  onlineUrl?: string | null;
  capacity?: number | null;
  costCents: number;
  signupMode: string;
  signupUrl?: string | null;
  signupOpensAt?: string | null;
  signupClosesAt?: string | null;
  leerwegen: readonly string[];
  audiences: readonly { code: string }[];
  themes: readonly { slug: string }[];
  actionLines: readonly { number: number }[];
  profiles: readonly { code: string }[];
  organisers: readonly { role: string; organisation: { id: string } }[];
  venue?: { name: string; street?: string | null; postalCode?: string | null; city: string } | null;
}

export function emptyEventFormValues(): EventFormValues {
  return {
    title: "",
    summary: "",
    description: "",
    kind: "",
    date: "",
    startTime: "",
    endDate: "",
    endTime: "",
    allDay: false,
    venueName: "",
    street: "",
    postalCode: "",
    city: "",
    onlineUrl: "",
    audiences: [],
    leerwegen: [],
    themes: [],
    actionLines: [],
    profiles: [],
    capacity: "",
    signupMode: "NONE",
    signupUrl: "",
    cost: "",
    coOrganisers: [],
    signupOpensAt: "",
    signupClosesAt: "",
  };
}

/** The event as its form shows it, in Amsterdam time. */
export function eventFormValuesOf(event: EditableEvent): EventFormValues {
  const date = localDate(event.startsAt);
  // An all-day event ends at midnight after its last day; its last day is what editors think of.
  const lastDay = event.allDay ? lastLocalDay(event.startsAt, event.endsAt) : localDate(event.endsAt);
  return {
    title: event.title,
    summary: event.summary,
    description: event.description,
    kind: event.kind,
    date,
    startTime: event.allDay ? "" : formatTime(event.startsAt),
    endDate: lastDay === date ? "" : lastDay,
    endTime: event.allDay ? "" : formatTime(event.endsAt),
    allDay: event.allDay,
    venueName: event.venue?.name ?? "",
    street: event.venue?.street ?? "",
    postalCode: event.venue?.postalCode ?? "",
    city: event.venue?.city ?? "",
    onlineUrl: event.onlineUrl ?? "",
    audiences: event.audiences.map((audience) => audience.code),
    leerwegen: [...event.leerwegen],
    themes: event.themes.map((theme) => theme.slug),
    actionLines: event.actionLines.map((line) => String(line.number)),
    profiles: event.profiles.map((profile) => profile.code),
    capacity: event.capacity == null ? "" : String(event.capacity),
    signupMode: event.signupMode,
    signupUrl: event.signupUrl ?? "",
    cost: event.costCents ? centsAsEuros(event.costCents) : "",
    coOrganisers: event.organisers.filter((organiser) => organiser.role === "CO_ORGANISER").map((organiser) => organiser.organisation.id),
    signupOpensAt: event.signupOpensAt ?? "",
    signupClosesAt: event.signupClosesAt ?? "",
  };
}

/** The form as posted. */
export function eventFormValuesFrom(form: FormData): EventFormValues {
  const values = emptyEventFormValues();
  for (const key of Object.keys(values) as (keyof EventFormValues)[]) {
    const current = values[key];
    if (Array.isArray(current)) Object.assign(values, { [key]: listOf(form, key) });
    else if (typeof current === "boolean") Object.assign(values, { [key]: isTicked(form, key) });
    // Descriptions keep their own line breaks and leading spaces; the API trims the ends.
    else Object.assign(values, { [key]: key === "description" ? String(form.get(key) ?? "") : textOf(form, key) });
  }
  return values;
}
