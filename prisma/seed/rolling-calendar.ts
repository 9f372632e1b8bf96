// The demo agenda follows the current school year. A region's dates describe two school years with
// "today" (referenceDate) in the second; when the real school year is a later one, every date of
// the region moves forward by whole 52-week steps, so weekdays stay and the agenda always has
// upcoming events. Within one school year the seed gives the same rows every day.
import type { RegionDefinition } from "./region.ts";
import { addDays, schoolYearOf } from "./time.ts";

const STEP_DAYS = 52 * 7;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** How many 52-week steps move the region's reference date into the school year of `today`. */
export function stepsToSchoolYear(region: RegionDefinition, today: string): number {
  return schoolYearOf(today) - schoolYearOf(region.referenceDate);
}

function shiftDates<T>(value: T, days: number): T {
  if (typeof value === "string") return (ISO_DATE.test(value) ? addDays(value, days) : value) as T;
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDates(item, days)])) as T;
  }
  return value;
}

/** The region with its calendar (school years, holidays, markets, challenges, today) in `today`'s school year. */
export function inSchoolYearOf(region: RegionDefinition, today: string): RegionDefinition {
  const steps = stepsToSchoolYear(region, today);
  return steps === 0 ? region : shiftDates(region, steps * STEP_DAYS);
}
