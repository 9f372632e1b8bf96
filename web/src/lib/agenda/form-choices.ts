// The agenda form's groups of choices (what, when, for whom, which group, how to take part), with
// the values of the URL and their Dutch labels, and which are chosen. Worked out on the server,
// so the word tables stay out of the agenda's JavaScript; the form only draws them.
import { audienceSectors, eventKinds, wordsOf } from "$lib/enum-words";
import { periodLabel } from "./conditions";
import type { AgendaFilter } from "./filter";
import { periodPresets } from "./periods";
import { DEFAULT_ACCESS, accessLabels } from "./url-values";
import type { AgendaVocabulary } from "./vocabulary";

export interface ChoiceList {
  options: { value: string; label: string }[];
  selected: string[];
}

export interface AgendaFormChoices {
  kinds: ChoiceList;
  periods: ChoiceList;
  sectors: ChoiceList;
  audiences: ChoiceList;
  access: ChoiceList;
}

export function agendaFormChoices(filter: AgendaFilter, vocabulary: AgendaVocabulary, today: string): AgendaFormChoices {
  // Groups and years only: an audience that is a whole sector (Ouders, Docenten) is under "Voor wie".
  const sectorCount = (sector: string) => vocabulary.audiences.filter((audience) => audience.sector === sector).length;
  return {
    kinds: {
      options: wordsOf(eventKinds).map(([, words]) => ({ value: words.url, label: words.label })),
      selected: filter.kinds.map((kind) => eventKinds[kind].url),
    },
    periods: {
      options: [{ value: "", label: "Alle datums" }, ...periodPresets.map((preset) => ({ value: preset, label: periodLabel(preset, today) }))],
      // "Alle datums" is not true while dates of one's own are set.
      selected: filter.period ? [filter.period] : filter.from || filter.to ? [] : [""],
    },
    sectors: {
      options: wordsOf(audienceSectors).map(([, words]) => ({ value: words.url, label: words.label })),
      selected: filter.sectors.map((sector) => audienceSectors[sector].url),
    },
    audiences: {
      options: vocabulary.audiences.filter((audience) => sectorCount(audience.sector) > 1).map((audience) => ({ value: audience.code.toLowerCase(), label: audience.name })),
      selected: filter.audiences.map((code) => code.toLowerCase()),
    },
    // The default sends an empty value, which the address leaves out.
    access: {
      options: Object.entries(accessLabels).map(([access, label]) => ({ value: access === DEFAULT_ACCESS ? "" : access, label })),
      selected: [filter.access === DEFAULT_ACCESS ? "" : filter.access],
    },
  };
}
