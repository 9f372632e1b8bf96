// Calendar helpers. Dates are plain "YYYY-MM-DD" strings; wall-clock times in the region's time
// zone become UTC instants through Intl, so daylight saving time is handled by the tz database.

const formatters = new Map<string, Intl.DateTimeFormat>();
const instants = new Map<string, Date>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at `instant` (60 in CET, 120 in CEST). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - instant) / 60000);
}

/** The UTC instant of a wall-clock time ("09:00" or "24:00") on `date` in `timeZone`. */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const key = `${timeZone} ${date} ${time}`;
  const cached = instants.get(key);
  if (cached) return new Date(cached.getTime());
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset, also next to a DST switch.
  let utc = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  utc = wall - zoneOffsetMinutes(utc, timeZone) * 60000;
  const instant = new Date(utc);
  instants.set(key, instant);
  return new Date(utc);
}

function toUtcMidnight(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year, month - 1, day);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMidnight(date) + days * 86400000).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / 86400000);
}

/** A date-only column value (Prisma's @db.Date takes a Date at UTC midnight). */
export function dateOnly(date: string): Date {
  return new Date(toUtcMidnight(date));
}

export function minutesLater(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60000);
}

/** "09:00" plus minutes, as a wall-clock time of the same day. */
export function addMinutes(time: string, minutes: number): string {
  const [hour, minute] = time.split(":").map(Number);
  const total = hour * 60 + minute + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
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
