import { describe, expect, it } from "vitest";
import { emptyFilter } from "./filter";
import { agendaFormChoices } from "./form-choices";
import { vocabulary } from "./test-fixtures";

const today = "2026-11-28";

describe("the agenda form's choices", () => {
  it("mark what the filter chose, by the words of the URL", () => {
    const choices = agendaFormChoices({ ...emptyFilter, kinds: ["TECHLAB_SESSION"], sectors: ["PARENTS"], period: "volgende-maand", access: "vrij" }, vocabulary, today);
    expect(choices.kinds.selected).toEqual(["techlab"]);
    expect(choices.sectors.selected).toEqual(["ouders"]);
    expect(choices.periods.selected).toEqual(["volgende-maand"]);
    expect(choices.periods.options.map((o) => o.label)).toContain("Volgende maand");
    expect(choices.access).toEqual({
      options: [
        { value: "", label: "Alles waar je heen kunt" },
        { value: "aanmelden", label: "Aanmelden mogelijk" },
        { value: "vrij", label: "Vrij toegankelijk, zonder aanmelden" },
        { value: "alles", label: "Ook sessies op uitnodiging" },
      ],
      selected: ["vrij"],
    });
  });

  it("choose no preset period while dates of one's own are set, and 'Alle datums' otherwise", () => {
    expect(agendaFormChoices({ ...emptyFilter, from: "2026-12-01" }, vocabulary, today).periods.selected).toEqual([]);
    expect(agendaFormChoices(emptyFilter, vocabulary, today).periods.selected).toEqual([""]);
  });

  it("offer as precise audiences only groups and years, not whole sectors again", () => {
    const audiences = [
      { code: "PO_GROUP_7", name: "Groep 7", sector: "PRIMARY" as const },
      { code: "PO_GROUP_8", name: "Groep 8", sector: "PRIMARY" as const },
      { code: "PARENTS", name: "Ouders", sector: "PARENTS" as const },
    ];
    const choices = agendaFormChoices(emptyFilter, { ...vocabulary, audiences }, today);
    expect(choices.audiences.options.map((o) => o.label)).toEqual(["Groep 7", "Groep 8"]);
  });
});
