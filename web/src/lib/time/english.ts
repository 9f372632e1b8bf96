// The English counterpart of the Dutch wording, for the widget's lang="en". Same zone, same shapes
// of a period; times are written as in Dutch (09:30).
import { toInstant, type Instant } from "./instants";
import { wordPeriod, wordShortStart, type Period, type PeriodWording } from "./period";
import { formatTime } from "./wording";
import { TIME_ZONE } from "./zone";

function english(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, ...options });
}

const dateFormat = /* @__PURE__ */ english({ dateStyle: "full" });
const shortDateFormat = /* @__PURE__ */ english({ weekday: "short", day: "numeric", month: "short" });

function formatDate(instant: Instant): string {
  return dateFormat.format(toInstant(instant));
}

/** The start only, for compact lists: "Wed 13 Jan, 09:30", or "Wed 13 Jan" for a whole day. */
export function formatShortStartInEnglish(period: Period): string {
  return wordShortStart(period, shortDateFormat, formatTime);
}

/** E.g. "Thursday 21 January 2027, 18:00–21:00" or "Saturday 28 March 2026 to Sunday 29 March 2026". */
export function formatPeriodInEnglish(period: Period): string {
  return wordPeriod(period, englishPeriod);
}

const englishPeriod: PeriodWording = {
  "one-day": ({ start }) => formatDate(start),
  "several-days": ({ start, last }) => `${formatDate(start)} to ${formatDate(last)}`,
  moment: ({ start }) => `${formatDate(start)}, ${formatTime(start)}`,
  "within-a-day": ({ start, end }) => `${formatDate(start)}, ${formatTime(start)}–${formatTime(end)}`,
  "across-days": ({ start, end }) => `${formatDate(start)}, ${formatTime(start)} to ${formatDate(end)}, ${formatTime(end)}`,
};
