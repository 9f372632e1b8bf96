// Dates and times as visitors read them: Dutch, in Amsterdam. Intl does the wording, always with
// the zone given. The formatters are built once; /* @__PURE__ */ lets the bundler drop those a page
// does not use, as the agenda ships this module to the browser.
import { toInstant, type Instant } from "./instants";
import { wordPeriod, wordShortStart, type Period, type PeriodWording } from "./period";
import { firstOfMonth, noonOf } from "./days";
import { TIME_ZONE } from "./zone";

function dutch(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, ...options });
}

const dateFormat = /* @__PURE__ */ dutch({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
const dayFormat = /* @__PURE__ */ dutch({ day: "numeric", month: "long", year: "numeric" });
const shortDateFormat = /* @__PURE__ */ dutch({ weekday: "short", day: "numeric", month: "short" });
const monthFormat = /* @__PURE__ */ dutch({ month: "long", year: "numeric" });
// h23: 00:00-23:59; some ICU versions otherwise print midnight as 24:00.
const timeFormat = /* @__PURE__ */ dutch({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The local date, e.g. "donderdag 12 maart 2026". */
export function formatDate(instant: Instant): string {
  return dateFormat.format(toInstant(instant));
}

/** The local wall-clock time, e.g. "09:30"; also for the widget's English, which writes it alike. */
export function formatTime(instant: Instant): string {
  return timeFormat.format(toInstant(instant));
}

/** A calendar day (the API's Date scalar, a filter's day), "2027-01-29" -> "29 januari 2027". */
export function formatDay(date: string): string {
  return dayFormat.format(noonOf(date));
}

/** "7 september 2026 tot en met 29 januari 2027"; one day when both are the same. */
export function formatDays(first: string, last: string): string {
  return first === last ? formatDay(first) : `${formatDay(first)} tot en met ${formatDay(last)}`;
}

/** "2027-03" -> "maart 2027". */
export function monthName(month: string): string {
  return monthFormat.format(noonOf(firstOfMonth(month)));
}

/** The start only, for compact lists: "wo 13 jan, 09:30", or "wo 13 jan" for a whole day. */
export function formatShortStart(period: Period): string {
  return wordShortStart(period, shortDateFormat, formatTime);
}

/**
 * When an event happens, in one line of Dutch:
 * - "donderdag 12 maart 2026, 09:30 tot 12:00 uur"
 * - "zaterdag 28 maart 2026, 21:00 uur tot zondag 29 maart 2026, 10:00 uur" (several days)
 * - "donderdag 12 maart 2026" and "donderdag 12 maart 2026 tot en met vrijdag 13 maart 2026" (all day)
 */
export function formatPeriod(period: Period): string {
  return wordPeriod(period, dutchPeriod);
}

const dutchPeriod: PeriodWording = {
  "one-day": ({ start }) => formatDate(start),
  "several-days": ({ start, last }) => `${formatDate(start)} tot en met ${formatDate(last)}`,
  moment: ({ start }) => `${formatDate(start)}, ${formatTime(start)} uur`,
  "within-a-day": ({ start, end }) => `${formatDate(start)}, ${formatTime(start)} tot ${formatTime(end)} uur`,
  "across-days": ({ start, end }) => `${formatDate(start)}, ${formatTime(start)} uur tot ${formatDate(end)}, ${formatTime(end)} uur`,
};
