import { describe, expect, it } from "vitest";
import { describeConditions, periodLabel } from "./conditions";
import { agendaHref, emptyFilter, type AgendaFilter } from "./filter";
import { vocabulary } from "./test-fixtures";
import { checkAgainstVocabulary } from "./vocabulary";

const filter = (changes: Partial<AgendaFilter>): AgendaFilter => ({ ...emptyFilter, ...changes });

describe("checkAgainstVocabulary", () => {
  it("keeps values the API knows", () => {
    const known = filter({ municipality: "oss", audiences: ["PO_GROUP_7"], profile: "BWI", actionLine: 8, theme: "robotica" });
    expect(checkAgainstVocabulary(known, vocabulary)).toEqual({ filter: known, notices: [] });
  });

  it("drops values that name nothing, with a notice in the URL's own words", () => {
    const unknown = filter({ municipality: "os", audiences: ["PO_GROUP_9", "PARENTS"], profile: "XYZ", actionLine: 9, theme: "kermis" });
    const { filter: checked, notices } = checkAgainstVocabulary(unknown, vocabulary);
    expect(checked).toEqual(filter({ audiences: ["PARENTS"] }));
    expect(notices).toEqual([
      'We hebben "po_group_9" bij "doelgroep" genegeerd: die waarde kennen we niet.',
      'We hebben "os" bij "gemeente" genegeerd: die waarde kennen we niet.',
      'We hebben "xyz" bij "profiel" genegeerd: die waarde kennen we niet.',
      'We hebben "9" bij "actielijn" genegeerd: die waarde kennen we niet.',
      'We hebben "kermis" bij "thema" genegeerd: die waarde kennen we niet.',
    ]);
  });
});

describe("describeConditions", () => {
  const today = "2026-11-28";

  it("names each condition in Dutch with the filter that remains without it", () => {
    const chosen = filter({ kinds: ["TECHNIEKMARKT", "WORKSHOP"], municipality: "s-hertogenbosch", sectors: ["PRIMARY"], from: "2026-12-01" });
    const conditions = describeConditions(chosen, vocabulary, { today });
    expect(conditions.map((c) => c.label)).toEqual([
      "Soort: Techniekmarkt",
      "Soort: Workshop",
      "Vanaf 1 december 2026",
      "Gemeente: 's-Hertogenbosch",
      "Voor: Basisonderwijs",
    ]);
    expect(agendaHref("/agenda", conditions[0].without)).toBe("/agenda?soort=workshop&van=2026-12-01&gemeente=s-hertogenbosch&voor=basisonderwijs");
  });

  it("names a choice of how to take part, and removes it back to the default", () => {
    const conditions = describeConditions(filter({ access: "aanmelden" }), vocabulary, { today });
    expect(conditions.map((c) => c.label)).toEqual(["Meedoen: aanmelden mogelijk"]);
    expect(agendaHref("/agenda", conditions[0].without)).toBe("/agenda");
    expect(describeConditions(filter({ access: "open" }), vocabulary, { today })).toEqual([]);
  });

  it("names the distance only when the place was found", () => {
    const near = filter({ place: "5341", radiusKm: 25 });
    expect(describeConditions(near, vocabulary, { today, placeName: "5341" }).map((c) => c.label)).toEqual(["Binnen 25 km van 5341"]);
    expect(describeConditions(near, vocabulary, { today, placeName: null })).toEqual([]);
  });

  it("names the search text and the other single choices", () => {
    const chosen = filter({ text: "robot", profile: "BWI", actionLine: 8, theme: "robotica", period: "deze-week", to: "2027-01-31" });
    expect(describeConditions(chosen, vocabulary, { today }).map((c) => c.label)).toEqual([
      "Wanneer: deze week",
      "Tot en met 31 januari 2027",
      "Profiel: Bouwen, Wonen en Interieur",
      "Actielijn 8",
      "Thema: Robotica",
      "Tekst: robot",
    ]);
  });

  it("has nothing to say about an empty filter", () => {
    expect(describeConditions(emptyFilter, vocabulary, { today })).toEqual([]);
  });
});

describe("Dutch period names", () => {
  it("carry their school years", () => {
    expect(periodLabel("dit-schooljaar", "2026-11-28")).toBe("Dit schooljaar (2026-2027)");
    expect(periodLabel("volgend-schooljaar", "2027-08-01")).toBe("Volgend schooljaar (2028-2029)");
  });
});
