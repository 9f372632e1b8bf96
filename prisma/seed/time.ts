// The seed's calendar: the demo network lives in Amsterdam's time. Dates are plain "YYYY-MM-DD"
// strings; a calendar day has no zone, so day arithmetic runs on UTC midnights, where every day
// has 24 hours. Only a wall-clock time in the zone becomes an instant, through @date-fns/tz, so
// daylight saving time comes from the tz database and is never computed by hand.
import { TZDateMini } from "@date-fns/tz";
import { formatISO } from "date-fns";

export const TIME_ZONE = "Europe/Amsterdam";

const DAY_MS = 86_400_000;

// The seed asks for the same few thousand times (start and end of day, 09:00, ...) over and over,
// also for 100 000 benchmark events; a lookup in the tz database costs far more than a map.
const instants = new Map<string, number>();

/** The UTC instant of an Amsterdam wall-clock time ("09:00", or "24:00" for the end of the day) on `date`. */
export function zonedTime(date: string, time: string): Date {
  const key = `${date} ${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    const [year, month, day] = date.split("-").map(Number);
    const [hour, minute] = time.split(":").map(Number);
    instant = +new TZDateMini(year, month - 1, day, hour, minute, TIME_ZONE);
    instants.set(key, instant);
  }
  return new Date(instant);
}

/** Today in Amsterdam, e.g. "2026-11-28"; around midnight not the UTC day. */
export function todayInAmsterdam(now = new Date()): string {
  return formatISO(new TZDateMini(+now, TIME_ZONE), { representation: "date" });
}

/** The calendar year in which the school year of a date began; it turns on 1 August. */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= "08-01" ? year : year - 1;
}

function toUtcMidnight(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** A date-only column value (Prisma's @db.Date takes a Date at UTC midnight). */
export function dateOnly(date: string): Date {
  return new Date(toUtcMidnight(date));
}

export interface Period {
  from: string;
  to: string;
}

export function inPeriods(date: string, periods: readonly Period[]): boolean {
  return periods.some((period) => date >= period.from && date <= period.to);
}

/** Every date from `from` to `to` (inclusive) that is a weekday outside the holidays. */
export function schoolDays(from: string, to: string, holidays: readonly Period[]): string[] {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = weekday(date);
    if (day !== 0 && day !== 6 && !inPeriods(date, holidays)) days.push(date);
  }
  return days;
}
