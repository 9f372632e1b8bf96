// Dates in the agenda's address: `van` and `tot` (YYYY-MM-DD) and `maand` (YYYY-MM). Every route
// reads them through these two functions, which accept only real calendar days (no 30 February) in
// the years an agenda can mean. The date arithmetic behind them (zoned-time.ts) can then trust its
// input: JavaScript's Date writes years past 9999 as "+010000-..." and reads years 0-99 as 19xx.

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function isMonthOfRange(year: number, month: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12;
}

function daysIn(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date when `value` is a real day in YYYY-MM-DD form within the agenda's years. */
export function parseUrlDate(value: string): string | undefined {
  const match = DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return isMonthOfRange(year, month) && day >= 1 && day <= daysIn(year, month) ? value : undefined;
}

/** The month when `value` is one in YYYY-MM form within the agenda's years. */
export function parseUrlMonth(value: string): string | undefined {
  const match = MONTH.exec(value);
  if (!match) return undefined;
  const [year, month] = match.slice(1).map(Number);
  return isMonthOfRange(year, month) ? value : undefined;
}
