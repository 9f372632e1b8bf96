// Dates and times as visitors read them: Dutch, in the region's own time zone. The API sends UTC
// instants (ISO 8601 strings); the server renders the page and the browser may hydrate it, so the
// zone is always explicit and never the machine's own.

export const TIME_ZONE = "Europe/Amsterdam";

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

// h23: 00:00-23:59; some ICU versions otherwise print midnight as 24:00.
const timeFormat = new Intl.DateTimeFormat("nl-NL", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

// A sortable calendar day in the zone, to tell whether two instants fall on the same local day.
const dayKeyFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

type Instant = string | Date;

function toDate(value: Instant): Date {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(value)}`);
  return date;
}

/** The local date, e.g. "donderdag 12 maart 2026". */
export function formatDate(value: Instant): string {
  return dateFormat.format(toDate(value));
}

/** The local wall-clock time, e.g. "09:30". */
export function formatTime(value: Instant): string {
  return timeFormat.format(toDate(value));
}

function sameLocalDay(a: Date, b: Date): boolean {
  return dayKeyFormat.format(a) === dayKeyFormat.format(b);
}

/** The local day an all-day event ends on. An end at local midnight belongs to the day before. */
function lastDayOf(start: Date, end: Date): Date {
  if (end.getTime() <= start.getTime()) return start;
  const atMidnight = formatTime(end) === "00:00";
  return atMidnight ? new Date(end.getTime() - 1) : end;
}

export interface Period {
  startsAt: Instant;
  endsAt: Instant;
  /** Whole days: show dates only. */
  allDay: boolean;
}

/**
 * When an event happens, in one line of Dutch:
 * - "donderdag 12 maart 2026, 09:30 tot 12:00 uur"
 * - "zaterdag 28 maart 2026, 21:00 uur tot zondag 29 maart 2026, 10:00 uur" (several days)
 * - "donderdag 12 maart 2026" and "donderdag 12 maart 2026 tot en met vrijdag 13 maart 2026" (all day)
 */
export function formatPeriod({ startsAt, endsAt, allDay }: Period): string {
  const start = toDate(startsAt);
  const end = toDate(endsAt);

  if (allDay) {
    const last = lastDayOf(start, end);
    if (sameLocalDay(start, last)) return formatDate(start);
    return `${formatDate(start)} tot en met ${formatDate(last)}`;
  }

  if (end.getTime() <= start.getTime()) return `${formatDate(start)}, ${formatTime(start)} uur`;
  if (sameLocalDay(start, end)) return `${formatDate(start)}, ${formatTime(start)} tot ${formatTime(end)} uur`;
  return `${formatDate(start)}, ${formatTime(start)} uur tot ${formatDate(end)}, ${formatTime(end)} uur`;
}
