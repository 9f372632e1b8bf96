// Time in the API: stored and served in UTC; the network's own calendar is Europe/Amsterdam's.
export const TIME_ZONE = "Europe/Amsterdam";

const calendarDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Amsterdam calendar day of an instant, as YYYY-MM-DD. */
export function localDate(instant: Date): string {
  return calendarDay.format(instant);
}

/** Today's date in Amsterdam, as a date column holds it (00:00 UTC of that day). */
export function todayInAmsterdam(now = new Date()): Date {
  return new Date(`${localDate(now)}T00:00:00Z`);
}
