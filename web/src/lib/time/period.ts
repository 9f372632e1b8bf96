// The shape of an event's period, whatever the language it is then written in: one moment, a time
// span within a day or across days, or whole days. Each language gives a wording per shape.
import { lastMoment, localDate, toInstant, type Instant } from "./instants";

export interface Period {
  startsAt: Instant;
  endsAt: Instant;
  /** Whole days: show dates only. */
  allDay: boolean;
}

export type PeriodShape =
  | { kind: "one-day"; start: Date }
  | { kind: "several-days"; start: Date; last: Date }
  | { kind: "moment"; start: Date }
  | { kind: "within-a-day"; start: Date; end: Date }
  | { kind: "across-days"; start: Date; end: Date };

export function shapeOf({ startsAt, endsAt, allDay }: Period): PeriodShape {
  const start = toInstant(startsAt);
  const end = toInstant(endsAt);
  if (allDay) {
    const last = lastMoment(start, end);
    return localDate(start) === localDate(last) ? { kind: "one-day", start } : { kind: "several-days", start, last };
  }
  if (end <= start) return { kind: "moment", start };
  return localDate(start) === localDate(end) ? { kind: "within-a-day", start, end } : { kind: "across-days", start, end };
}

/** How a language words each shape of a period. */
export type PeriodWording = { [K in PeriodShape["kind"]]: (shape: Extract<PeriodShape, { kind: K }>) => string };

export function wordPeriod(period: Period, wording: PeriodWording): string {
  const shape = shapeOf(period);
  return (wording[shape.kind] as (shape: PeriodShape) => string)(shape);
}

/** The start only, for compact lists: the day in `dayFormat`, and the time unless it is a whole day. */
export function wordShortStart({ startsAt, allDay }: Period, dayFormat: Intl.DateTimeFormat, formatTime: (instant: Date) => string): string {
  const start = toInstant(startsAt);
  const day = dayFormat.format(start);
  return allDay ? day : `${day}, ${formatTime(start)}`;
}
