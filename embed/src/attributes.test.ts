import { describe, expect, it } from "vitest";
import { DEFAULTS, parseAttributes, SECTIONS } from "./attributes";

function attrs(values: Record<string, string>) {
  return { getAttribute: (name: string) => (name in values ? values[name] : null) };
}

describe("parseAttributes", () => {
  it("uses the defaults for everything but the school", () => {
    const { options, warnings } = parseAttributes(attrs({ school: "het-hooghuis" }));

    expect(options).toEqual({
      school: "het-hooghuis",
      sections: [...SECTIONS],
      events: 3,
      lang: "nl",
      layout: "full",
      headingLevel: 2,
    });
    expect(warnings).toEqual([]);
  });

  it("reads every attribute", () => {
    const { options, warnings } = parseAttributes(
      attrs({
        school: "udens-college",
        sections: "events, techlab,contact",
        events: "10",
        lang: "en",
        layout: "compact",
        "heading-level": "3",
      }),
    );

    expect(options).toEqual({
      school: "udens-college",
      sections: ["events", "techlab", "contact"],
      events: 10,
      lang: "en",
      layout: "compact",
      headingLevel: 3,
    });
    expect(warnings).toEqual([]);
  });

  it("trims values and matches keywords without regard to case", () => {
    const { options, warnings } = parseAttributes(
      attrs({ school: " het-hooghuis ", sections: "Events,PROFILES", lang: " EN ", layout: "Compact" }),
    );

    expect(options.school).toBe("het-hooghuis");
    expect(options.sections).toEqual(["events", "profiles"]);
    expect(options.lang).toBe("en");
    expect(options.layout).toBe("compact");
    expect(warnings).toEqual([]);
  });

  describe("school", () => {
    it("is required", () => {
      const { options, warnings } = parseAttributes(attrs({}));
      expect(options.school).toBeNull();
      expect(warnings).toEqual([{ attribute: "school", message: expect.stringContaining("required") }]);
    });

    it("must be a slug", () => {
      for (const school of ["Het Hooghuis", "het--hooghuis", "-hooghuis", "hooghuis/", ""]) {
        const { options, warnings } = parseAttributes(attrs({ school }));
        expect(options.school).toBeNull();
        expect(warnings.map((w) => w.attribute)).toEqual(["school"]);
      }
    });
  });

  describe("sections", () => {
    it("ignores unknown sections with a warning naming each", () => {
      const { options, warnings } = parseAttributes(
        attrs({ school: "x", sections: "events,profielen,contact,agenda" }),
      );
      expect(options.sections).toEqual(["events", "contact"]);
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toEqual({ attribute: "sections", message: expect.stringContaining('"profielen"') });
      expect(warnings[1]).toEqual({ attribute: "sections", message: expect.stringContaining('"agenda"') });
    });

    it("drops repeats and empty items", () => {
      const { options, warnings } = parseAttributes(attrs({ school: "x", sections: "events,,events, " }));
      expect(options.sections).toEqual(["events"]);
      expect(warnings).toEqual([]);
    });

    it("shows all sections when none is known or the list is empty", () => {
      for (const sections of ["", "agenda", " , "]) {
        const { options, warnings } = parseAttributes(attrs({ school: "x", sections }));
        expect(options.sections).toEqual(DEFAULTS.sections);
        expect(warnings.at(-1)).toEqual({ attribute: "sections", message: expect.stringContaining("showing all") });
      }
    });
  });

  describe("events", () => {
    it("accepts 0 to 20", () => {
      expect(parseAttributes(attrs({ school: "x", events: "0" })).options.events).toBe(0);
      expect(parseAttributes(attrs({ school: "x", events: "20" })).options.events).toBe(20);
    });

    it("clamps numbers outside 0-20", () => {
      const high = parseAttributes(attrs({ school: "x", events: "50" }));
      expect(high.options.events).toBe(20);
      expect(high.warnings).toEqual([{ attribute: "events", message: expect.stringContaining("using 20") }]);
      expect(parseAttributes(attrs({ school: "x", events: "-1" })).options.events).toBe(0);
    });

    it("falls back to 3 for what is not a whole number", () => {
      for (const events of ["drie", "2.5", "", "1e1", "0x10"]) {
        const { options, warnings } = parseAttributes(attrs({ school: "x", events }));
        expect(options.events).toBe(3);
        expect(warnings.map((w) => w.attribute)).toEqual(["events"]);
      }
    });
  });

  describe("lang, layout and heading-level", () => {
    it("fall back to their defaults on unknown values, with a warning each", () => {
      const { options, warnings } = parseAttributes(
        attrs({ school: "x", lang: "de", layout: "grid", "heading-level": "h3" }),
      );
      expect(options).toMatchObject({ lang: "nl", layout: "full", headingLevel: 2 });
      expect(warnings.map((w) => w.attribute)).toEqual(["lang", "layout", "heading-level"]);
    });

    it("clamps heading-level to 2-6: the host page owns h1", () => {
      expect(parseAttributes(attrs({ school: "x", "heading-level": "1" })).options.headingLevel).toBe(2);
      expect(parseAttributes(attrs({ school: "x", "heading-level": "9" })).options.headingLevel).toBe(6);
      expect(parseAttributes(attrs({ school: "x", "heading-level": "4" })).options.headingLevel).toBe(4);
    });
  });

  it("never throws, whatever the input", () => {
    const odd = { getAttribute: () => "\u0000,\u{1F600},  ,🙂" };
    expect(() => parseAttributes(odd)).not.toThrow();
  });

  it("does not share the default sections between results", () => {
    const first = parseAttributes(attrs({ school: "x" }));
    first.options.sections.pop();
    expect(parseAttributes(attrs({ school: "x" })).options.sections).toEqual([...SECTIONS]);
  });
});
