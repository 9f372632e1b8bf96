// The month view's grid: weeks from Monday to Sunday, each day with the events on it in local
// time. An event that spans several days appears on each of them; days of the neighbouring months
// fill the first and last week but carry no events (they belong to another page).
import { addDays, localDays, weekdayMondayFirst } from "$lib/time";
import { monthRange } from "./periods";

export interface Timed {
  startsAt: string;
  endsAt: string;
}

export interface CalendarEntry<E> {
  event: E;
  /** Whether the event starts on this day (else it continues from an earlier one). */
  startsToday: boolean;
}

export interface CalendarDay<E> {
  date: string;
  inMonth: boolean;
  isToday: boolean;
  entries: CalendarEntry<E>[];
}

export interface MonthCalendar<E> {
  month: string;
  weeks: CalendarDay<E>[][];
}

export function buildMonth<E extends Timed>(month: string, events: readonly E[], today: string): MonthCalendar<E> {
  const { from, until } = monthRange(month);
  const gridStart = addDays(from, -weekdayMondayFirst(from));
  const lastDay = addDays(until, -1);
  const gridEnd = addDays(lastDay, 6 - weekdayMondayFirst(lastDay));

  const days = new Map<string, CalendarDay<E>>();
  const weeks: CalendarDay<E>[][] = [];
  for (let date = gridStart; date <= gridEnd; date = addDays(date, 1)) {
    const day: CalendarDay<E> = { date, inMonth: date >= from && date < until, isToday: date === today, entries: [] };
    days.set(date, day);
    if (weekdayMondayFirst(date) === 0) weeks.push([]);
    weeks[weeks.length - 1].push(day);
  }

  for (const event of events) {
    const { first, last } = localDays(event.startsAt, event.endsAt);
    for (let date = first < from ? from : first; date <= last && date < until; date = addDays(date, 1)) {
      days.get(date)?.entries.push({ event, startsToday: date === first });
    }
  }
  return { month, weeks };
}

/** Monday first, as Dutch calendars show them. */
export const weekdays = [
  { short: "ma", long: "maandag" },
  { short: "di", long: "dinsdag" },
  { short: "wo", long: "woensdag" },
  { short: "do", long: "donderdag" },
  { short: "vr", long: "vrijdag" },
  { short: "za", long: "zaterdag" },
  { short: "zo", long: "zondag" },
] as const;
