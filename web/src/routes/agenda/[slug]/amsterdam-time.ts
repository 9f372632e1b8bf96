// Instants as calendars and schema.org want them: local dates and ISO times with the Amsterdam
// offset of that very moment (+01:00 in winter, +02:00 in summer), never the server's zone.
import { TIME_ZONE } from "$lib/format/date";

type Instant = string | Date;

const wallClockFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function toDate(value: Instant): Date {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(value)}`);
  return date;
}

function wallClock(date: Date) {
  const parts: Record<string, string> = {};
  for (const part of wallClockFormat.formatToParts(date)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    // The same wall-clock reading taken as UTC: its distance to the instant is the offset.
    asUtc: Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second),
  };
}

/** The calendar day in Amsterdam, e.g. "2026-12-04". */
export function localDate(value: Instant): string {
  return wallClock(toDate(value)).date;
}

/** ISO 8601 with the Amsterdam offset, e.g. "2026-12-04T12:45:00+01:00". */
export function isoWithOffset(value: Instant): string {
  const date = toDate(value);
  const clock = wallClock(date);
  const minutes = Math.round((clock.asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  const mm = String(Math.abs(minutes) % 60).padStart(2, "0");
  return `${clock.date}T${clock.time}${sign}${hh}:${mm}`;
}

/** A "YYYY-MM-DD" date some days later. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The first and last local day of an all-day event. The API ends such an event at local midnight
 * after its last day, which belongs to the day before.
 */
export function allDayDates(startsAt: Instant, endsAt: Instant): { first: string; last: string } {
  const start = toDate(startsAt);
  const end = toDate(endsAt);
  const first = localDate(start);
  if (end.getTime() <= start.getTime()) return { first, last: first };
  const endsAtMidnight = wallClock(end).time === "00:00:00";
  const last = localDate(endsAtMidnight ? new Date(end.getTime() - 1) : end);
  return { first, last: last < first ? first : last };
}
