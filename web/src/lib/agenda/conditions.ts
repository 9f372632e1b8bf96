// A filter's conditions in Dutch, each with the filter that remains without it: the "active
// filters" a visitor can remove one by one, the suggestions of an empty result, and the name of a
// calendar feed.
import { audienceSectorLabels, eventKindLabels, label } from "$lib/labels";
import { emptyFilter, type AgendaFilter } from "./filter";
import { DEFAULT_ACCESS, accessLabels } from "./url-values";
import { formatDay, nextSchoolYear, schoolYearOf } from "$lib/time";
import type { PeriodPreset } from "./periods";
import { nameOf, type AgendaVocabulary } from "./vocabulary";

export interface Condition {
  /** E.g. "Soort: Techniekmarkt". */
  label: string;
  /** The filter without this condition. */
  without: AgendaFilter;
}

/** The Dutch name of a preset; school years carry their years, seen from `today`. */
export function periodLabel(preset: PeriodPreset, today: string): string {
  switch (preset) {
    case "deze-week":
      return "Deze week";
    case "deze-maand":
      return "Deze maand";
    case "volgende-maand":
      return "Volgende maand";
    case "dit-schooljaar":
      return `Dit schooljaar (${schoolYearOf(today).label})`;
    case "volgend-schooljaar":
      return `Volgend schooljaar (${nextSchoolYear(today).label})`;
  }
}

/** The conditions of a filter, in the order of the form. `placeName` is the resolved place, if any. */
export function describeConditions(
  filter: AgendaFilter,
  vocabulary: AgendaVocabulary,
  { today, placeName, organisationName }: { today: string; placeName?: string | null; organisationName?: string | null },
): Condition[] {
  const names = nameOf(vocabulary);
  const conditions: Condition[] = [];
  const add = (text: string, without: Partial<AgendaFilter>) => conditions.push({ label: text, without: { ...filter, ...without } });

  for (const kind of filter.kinds) add(`Soort: ${label(eventKindLabels, kind)}`, { kinds: filter.kinds.filter((k) => k !== kind) });
  if (filter.period) add(`Wanneer: ${periodLabel(filter.period, today).toLowerCase()}`, { period: null });
  if (filter.from) add(`Vanaf ${formatDay(filter.from)}`, { from: null });
  if (filter.to) add(`Tot en met ${formatDay(filter.to)}`, { to: null });
  if (filter.municipality) add(`Gemeente: ${names.municipality(filter.municipality)}`, { municipality: null });
  if (filter.place && placeName) {
    add(`Binnen ${filter.radiusKm} km van ${placeName}`, { place: null, radiusKm: emptyFilter.radiusKm });
  }
  for (const sector of filter.sectors) {
    add(`Voor: ${label(audienceSectorLabels, sector)}`, { sectors: filter.sectors.filter((s) => s !== sector) });
  }
  for (const code of filter.audiences) {
    add(`Doelgroep: ${names.audience(code)}`, { audiences: filter.audiences.filter((a) => a !== code) });
  }
  if (filter.profile) add(`Profiel: ${names.profile(filter.profile)}`, { profile: null });
  if (filter.actionLine) add(`Actielijn ${filter.actionLine}`, { actionLine: null });
  if (filter.theme) add(`Thema: ${names.theme(filter.theme)}`, { theme: null });
  if (filter.text) add(`Tekst: ${filter.text}`, { text: null });
  if (filter.organisation) add(`Organisatie: ${organisationName ?? filter.organisation}`, { organisation: null });
  if (filter.access !== DEFAULT_ACCESS) add(`Meedoen: ${accessLabels[filter.access].toLowerCase()}`, { access: DEFAULT_ACCESS });
  return conditions;
}
