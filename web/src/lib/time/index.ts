// Time in the site: one zone, Amsterdam's calendar days, the school year and the Dutch (and the
// widget's English) wording. Client-safe; the agenda ships the parts it uses to the browser.
// Not re-exported here: $lib/time/zoned (local wall-clock times to instants, offsets), which only
// server code needs. It imports @date-fns/tz, which does not declare itself free of side effects,
// so a re-export would put it in every browser bundle that uses this index (1.3 kB gzip).
export { TIME_ZONE } from "./zone";
export { addDays, addMonths, firstOfMonth, FIRST_YEAR, LAST_YEAR, monthOf, parseDate, parseMonth, weekdayMondayFirst } from "./days";
export { lastLocalDay, localDate, localDays, toInstant, type Instant } from "./instants";
export { nextSchoolYear, schoolYearOf, type SchoolYear } from "./school-year";
export type { Period } from "./period";
export { formatDate, formatDay, formatDays, formatPeriod, formatShortStart, formatTime, monthName } from "./wording";
export { formatPeriodInEnglish, formatShortStartInEnglish } from "./english";
