// The API's vocabularies (municipalities, audiences, profiles, action lines, themes) as the agenda
// uses them: to fill the filter form, to drop URL values that name nothing (a mistyped
// ?gemeente=os would otherwise show an empty agenda without saying why), and to name a filter's
// conditions in Dutch.
import type { AudienceSector } from "$lib/graphql/generated/graphql";
import type { AgendaFilter } from "./filter";
import { ignoredNotice } from "./filter";
import { param } from "./url-values";

export interface AgendaVocabulary {
  municipalities: readonly { slug: string; name: string }[];
  audiences: readonly { code: string; name: string; sector: AudienceSector }[];
  profiles: readonly { code: string; name: string }[];
  actionLines: readonly { number: number; title: string }[];
  themes: readonly { slug: string; name: string }[];
}

export const emptyVocabulary: AgendaVocabulary = { municipalities: [], audiences: [], profiles: [], actionLines: [], themes: [] };

/** The filter without values the vocabularies do not hold, and a notice for each one dropped. */
export function checkAgainstVocabulary(filter: AgendaFilter, vocabulary: AgendaVocabulary): { filter: AgendaFilter; notices: string[] } {
  const notices: string[] = [];
  function known<T>(name: string, value: T | null, exists: (value: T) => boolean, shown = String(value)): T | null {
    if (value === null || exists(value)) return value;
    notices.push(ignoredNotice(name, shown));
    return null;
  }

  const audiences = filter.audiences.filter((code) => {
    const exists = vocabulary.audiences.some((a) => a.code === code);
    if (!exists) notices.push(ignoredNotice(param.audience, code.toLowerCase()));
    return exists;
  });

  const checked: AgendaFilter = {
    ...filter,
    municipality: known(param.municipality, filter.municipality, (slug) => vocabulary.municipalities.some((m) => m.slug === slug)),
    audiences,
    profile: known(param.profile, filter.profile, (code) => vocabulary.profiles.some((p) => p.code === code), filter.profile?.toLowerCase()),
    actionLine: known(param.actionLine, filter.actionLine, (n) => vocabulary.actionLines.some((line) => line.number === n)),
    theme: known(param.theme, filter.theme, (slug) => vocabulary.themes.some((t) => t.slug === slug)),
  };
  return { filter: checked, notices };
}

/** The name of a vocabulary entry, or the raw value when it is unknown. */
export function nameOf(vocabulary: AgendaVocabulary) {
  return {
    municipality: (slug: string) => vocabulary.municipalities.find((m) => m.slug === slug)?.name ?? slug,
    audience: (code: string) => vocabulary.audiences.find((a) => a.code === code)?.name ?? code,
    profile: (code: string) => vocabulary.profiles.find((p) => p.code === code)?.name ?? code,
    actionLine: (n: number) => vocabulary.actionLines.find((line) => line.number === n)?.title ?? `Actielijn ${n}`,
    theme: (slug: string) => vocabulary.themes.find((t) => t.slug === slug)?.name ?? slug,
  };
}
