// Calendar days ("2026-11-28") and months ("2026-11"): what filters, the month view and the school
// year speak of. A calendar day has no zone, so the arithmetic runs on UTC midnights, where every
// day has 24 hours and daylight saving time never enters. The parsers are strict (no 30 February,
// years 2000 to 2100) because they guard the site's addresses; everything else here can then trust
// its input, which matters as Date writes years past 9999 as "+010000-..." and reads 0-99 as 19xx.

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function isMonthOfRange(year: number, month: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12;
}

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date when `value` is a real day in YYYY-MM-DD form within the years 2000 to 2100. */
export function parseDate(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return isMonthOfRange(year, month) && day >= 1 && day <= daysIn(year, month) ? value : undefined;
}

/** The month when `value` is one in YYYY-MM form within the years 2000 to 2100. */
export function parseMonth(value: string): string | undefined {
  const match = MONTH.exec(value);
  if (!match) return undefined;
  const [year, month] = match.slice(1).map(Number);
  return isMonthOfRange(year, month) ? value : undefined;
}

/** The parts of a day, month counted from 1. */
export function partsOf(date: string): [year: number, month: number, day: number] {
  const [year, month, day] = date.split("-").map(Number);
  return [year, month, day];
}

function utcMidnight(date: string): number {
  const [year, month, day] = partsOf(date);
  return Date.UTC(year, month - 1, day);
}

function dayAt(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10);
}

/**
 * Noon UTC of a day, which is 13:00 or 14:00 of that same day in Amsterdam: an instant to word a
 * plain day with the zone's formatters, without a shift at midnight.
 */
export function noonOf(date: string): Date {
  return new Date(utcMidnight(date) + DAY_MS / 2);
}

export function addDays(date: string, days: number): string {
  return dayAt(utcMidnight(date) + days * DAY_MS);
}

/** A month moved by a number of months, "2027-01" + -1 -> "2026-12". */
export function addMonths(month: string, months: number): string {
  const [year, monthNumber] = partsOf(month);
  return monthOf(dayAt(Date.UTC(year, monthNumber - 1 + months, 1)));
}

/** Day of the week with Monday first: 0 = Monday ... 6 = Sunday. */
export function weekdayMondayFirst(date: string): number {
  return (new Date(utcMidnight(date)).getUTCDay() + 6) % 7;
}

/** The first day of a month, "2027-03" -> "2027-03-01". */
export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

/** The month a date lies in, "2027-03-14" -> "2027-03". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
