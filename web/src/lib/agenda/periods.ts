// The "when" of the agenda as local calendar days. A period is [from, until): `until` is the first
// day no longer in it, so "this week" ends at next Monday 00:00 however long the days were.
import { addDays, addMonths, firstOfMonth, monthOf, nextSchoolYear, schoolYearOf, weekdayMondayFirst } from "$lib/time";

export interface DayRange {
  /** First day in the period (YYYY-MM-DD). */
  from: string;
  /** First day after the period (YYYY-MM-DD), exclusive. */
  until: string;
}

export const periodPresets = ["deze-week", "deze-maand", "volgende-maand", "dit-schooljaar", "volgend-schooljaar"] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** The days of a preset, seen from `today` (a local date). Weeks start on Monday. */
export function presetRange(preset: PeriodPreset, today: string): DayRange {
  switch (preset) {
    case "deze-week": {
      const monday = addDays(today, -weekdayMondayFirst(today));
      return { from: monday, until: addDays(monday, 7) };
    }
    case "deze-maand": {
      const month = monthOf(today);
      return { from: firstOfMonth(month), until: firstOfMonth(addMonths(month, 1)) };
    }
    case "volgende-maand": {
      const month = addMonths(monthOf(today), 1);
      return { from: firstOfMonth(month), until: firstOfMonth(addMonths(month, 1)) };
    }
    case "dit-schooljaar":
      return schoolYearOf(today);
    case "volgend-schooljaar":
      return nextSchoolYear(today);
  }
}

/** The days of a month, "2027-03" -> 1 March up to 1 April. */
export function monthRange(month: string): DayRange {
  return { from: firstOfMonth(month), until: firstOfMonth(addMonths(month, 1)) };
}

/** The overlap of ranges; open ends (undefined) do not narrow. Null when they do not overlap. */
export function intersect(...ranges: (Partial<DayRange> | null | undefined)[]): Partial<DayRange> | null {
  let from: string | undefined;
  let until: string | undefined;
  for (const range of ranges) {
    if (range?.from && (!from || range.from > from)) from = range.from;
    if (range?.until && (!until || range.until < until)) until = range.until;
  }
  if (from && until && from >= until) return null;
  return { from, until };
}
