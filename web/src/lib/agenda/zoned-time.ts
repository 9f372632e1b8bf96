// Calendar days in the region's time zone. Filters speak of local days ("this week", "from 1
// December"), the API of UTC instants; these helpers convert between the two with the tz database
// (through Intl), so daylight saving time is never computed by hand. Dates are "YYYY-MM-DD", of the
// years url-dates.ts lets in from an address.
import { TIME_ZONE } from "$lib/format/date";

const DAY_MS = 86_400_000;

const dayKeyFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const wallClockFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** The local calendar day of an instant, e.g. "2026-11-28". */
export function localDate(instant: Date | string): string {
  return dayKeyFormat.format(typeof instant === "string" ? new Date(instant) : instant);
}

/** Minutes the zone is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function offsetMinutes(instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat.formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - instant) / 60_000);
}

/** The instant a local day begins (00:00 in Amsterdam), e.g. "2026-07-01" -> 2026-06-30T22:00Z. */
export function startOfLocalDay(date: string): Date {
  const wall = utcMidnight(date);
  // Two passes settle the offset; midnight is never inside a Dutch DST gap (the switch is at 02:00).
  let utc = wall - offsetMinutes(wall) * 60_000;
  utc = wall - offsetMinutes(utc) * 60_000;
  return new Date(utc);
}

function utcMidnight(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week with Monday first: 0 = Monday ... 6 = Sunday. */
export function weekdayMondayFirst(date: string): number {
  return (new Date(utcMidnight(date)).getUTCDay() + 6) % 7;
}

/** The first day of a month, "2027-03" -> "2027-03-01". */
export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

/** A month moved by a number of months, "2027-01" + -1 -> "2026-12". */
export function addMonths(month: string, months: number): string {
  const [year, monthNumber] = month.split("-").map(Number);
  const shifted = new Date(Date.UTC(year, monthNumber - 1 + months, 1));
  return shifted.toISOString().slice(0, 7);
}

/** The month a date lies in, "2027-03-14" -> "2027-03". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The local day an event ends on; an end exactly at local midnight belongs to the day before. */
export function lastLocalDay(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt).getTime();
  const end = new Date(endsAt).getTime();
  if (end <= start) return localDate(new Date(start));
  return localDate(new Date(end - 1));
}
