// Wall-clock times in Amsterdam as instants, and the zone's offset at a moment: where daylight
// saving time matters, so the tz database decides through @date-fns/tz (TZDateMini, as TZDate's
// own string output is not needed). Only server code uses these (the API's filter bounds and
// schema.org times); see index.ts for why they are imported from here.
import { TZDateMini } from "@date-fns/tz";
import { formatISO } from "date-fns";
import { partsOf } from "./days";
import { toInstant, type Instant } from "./instants";
import { TIME_ZONE } from "./zone";

/** The instant a local day begins (00:00 in Amsterdam), e.g. "2026-07-01" -> 2026-06-30T22:00Z. */
export function startOfLocalDay(date: string): Date {
  const [year, month, day] = partsOf(date);
  return new Date(+new TZDateMini(year, month - 1, day, TIME_ZONE));
}

/** ISO 8601 with the Amsterdam offset of that moment, e.g. "2026-12-04T12:45:00+01:00". */
export function isoWithOffset(instant: Instant): string {
  return formatISO(new TZDateMini(+toInstant(instant), TIME_ZONE));
}

/**
 * The instant of a wall-clock time on a local day, e.g. ("2026-07-01", "09:30") -> 07:30Z: what an
 * editor types in a form. The tz database decides the offset, also on the days the clocks change.
 */
export function localInstant(date: string, time: string): Date {
  const [year, month, day] = partsOf(date);
  const [hours, minutes] = time.split(":").map(Number);
  return new Date(+new TZDateMini(year, month - 1, day, hours, minutes, TIME_ZONE));
}
