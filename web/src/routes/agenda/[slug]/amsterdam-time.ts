// Instants as calendars and schema.org want them: local dates and ISO times with the Amsterdam
// offset of that very moment (+01:00 in winter, +02:00 in summer), never the server's zone.
import { addDays, lastLocalDay, localDate, offsetMinutes } from "$lib/agenda/zoned-time";

export { addDays, localDate };

type Instant = string | Date;

function toDate(value: Instant): Date {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(value)}`);
  return date;
}

/** ISO 8601 with the Amsterdam offset, e.g. "2026-12-04T12:45:00+01:00". */
export function isoWithOffset(value: Instant): string {
  const seconds = Math.floor(toDate(value).getTime() / 1000) * 1000;
  const minutes = offsetMinutes(seconds);
  const wallClock = new Date(seconds + minutes * 60_000).toISOString().slice(0, 19);
  const sign = minutes < 0 ? "-" : "+";
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  const mm = String(Math.abs(minutes) % 60).padStart(2, "0");
  return `${wallClock}${sign}${hh}:${mm}`;
}

/**
 * The first and last local day of an all-day event. The API ends such an event at local midnight
 * after its last day, which belongs to the day before.
 */
export function allDayDates(startsAt: Instant, endsAt: Instant): { first: string; last: string } {
  const start = toDate(startsAt).toISOString();
  const end = toDate(endsAt).toISOString();
  return { first: localDate(start), last: lastLocalDay(start, end) };
}
