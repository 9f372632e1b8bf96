// From the agenda's filter (local days, Dutch words) to the API's EventFilter (UTC instants, codes).
import type { EventFilter } from "$lib/graphql/generated/graphql";
import type { AgendaFilter } from "./filter";
import { intersect, monthRange, presetRange } from "./periods";
import { addDays, localDate } from "$lib/time";
import { startOfLocalDay } from "$lib/time/zoned";
import { accessModes } from "./url-values";

export interface Instants {
  from: Date;
  to: Date | null;
}

/**
 * The instants the agenda covers; null when the conditions exclude each other (a preset and dates
 * that do not overlap). The list and the feeds show what has not ended yet, unless the visitor
 * chose a start date; a month of the calendar view is shown whole, past days included.
 */
export function agendaInstants(
  filter: AgendaFilter,
  { now, month = null, endedSince = now }: { now: Date; month?: string | null; endedSince?: Date },
): Instants | null {
  const today = localDate(now);
  const days = intersect(
    filter.period ? presetRange(filter.period, today) : null,
    filter.from ? { from: filter.from } : null,
    filter.to ? { until: addDays(filter.to, 1) } : null,
    month ? monthRange(month) : null,
  );
  if (!days) return null;

  let from = days.from ? startOfLocalDay(days.from) : endedSince;
  if (!month && !filter.from && from < endedSince) from = endedSince;
  const to = days.until ? startOfLocalDay(days.until) : null;
  if (to && from >= to) return null;
  return { from, to };
}

export interface Point {
  latitude: number;
  longitude: number;
}

/** The API filter for the agenda filter over `instants`; `near` is the resolved place, if any. */
export function eventFilterInput(filter: AgendaFilter, instants: Instants, near: Point | null = null): EventFilter {
  const input: EventFilter = { from: instants.from.toISOString() };
  if (instants.to) input.to = instants.to.toISOString();
  if (filter.kinds.length) input.kinds = filter.kinds;
  if (filter.municipality) input.municipalities = [filter.municipality];
  if (near) input.near = { latitude: near.latitude, longitude: near.longitude, radiusKm: filter.radiusKm };
  if (filter.sectors.length) input.audienceSectors = filter.sectors;
  if (filter.audiences.length) input.audiences = filter.audiences;
  if (filter.profile) input.profiles = [filter.profile];
  if (filter.actionLine) input.actionLines = [filter.actionLine];
  if (filter.theme) input.themes = [filter.theme];
  if (filter.text) input.text = filter.text;
  if (filter.organisation) input.organisation = filter.organisation;
  const modes = accessModes[filter.access];
  if (modes) input.signupModes = [...modes];
  return input;
}
