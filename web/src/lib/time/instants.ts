// Instants (UTC, as the API sends them) on Amsterdam's calendar: the local day of a moment and the
// days an event covers. From an instant to its local day is Intl's job; the other way round is in
// zoned.ts.
import { TIME_ZONE } from "./zone";

export type Instant = string | Date;

/** A Date from an API instant; a RangeError for what is not one, rather than "Invalid Date" on a page. */
export function toInstant(value: Instant): Date {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(value)}`);
  return date;
}

// en-CA writes a day as YYYY-MM-DD. /* @__PURE__ */ lets the bundler drop it where unused.
const dayKeyFormat = /* @__PURE__ */ new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The local calendar day of an instant, e.g. "2026-11-28". */
export function localDate(instant: Instant): string {
  return dayKeyFormat.format(toInstant(instant));
}

/**
 * The last moment an event still counts for. An event that ends at local midnight, as the API ends
 * an all-day event, belongs to the day before; one that does not end after it starts, to its start.
 */
export function lastMoment(startsAt: Instant, endsAt: Instant): Date {
  const start = toInstant(startsAt);
  const end = toInstant(endsAt);
  return end > start ? new Date(end.getTime() - 1) : start;
}

/** The local day an event ends on (see lastMoment). */
export function lastLocalDay(startsAt: Instant, endsAt: Instant): string {
  return localDate(lastMoment(startsAt, endsAt));
}

/** The first and last local day of an event, e.g. of an all-day event for calendars. */
export function localDays(startsAt: Instant, endsAt: Instant): { first: string; last: string } {
  return { first: localDate(startsAt), last: lastLocalDay(startsAt, endsAt) };
}
