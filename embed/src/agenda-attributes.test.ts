import { describe, expect, it } from "vitest";
import { AGENDA_DEFAULTS, parseAgendaAttributes } from "./agenda-attributes";

function attrs(values: Record<string, string>) {
  return { getAttribute: (name: string) => (name in values ? values[name] : null) };
}

describe("parseAgendaAttributes", () => {
  it("shows the next five events of the whole region by default", () => {
    const { options, warnings } = parseAgendaAttributes(attrs({}));
    expect(options).toEqual({
      municipalities: [],
      audiences: [],
      kinds: [],
      organisation: null,
      limit: 5,
      lang: "nl",
      layout: "full",
      headingLevel: 2,
    });
    expect(warnings).toEqual([]);
  });

  it("reads every attribute", () => {
    const { options, warnings } = parseAgendaAttributes(
      attrs({
        municipality: "oss, Bernheze",
        audience: "primary,PARENTS",
        kind: "techniekmarkt, open_day",
        organisation: "aadal-college",
        limit: "8",
        lang: "en",
        layout: "compact",
        "heading-level": "3",
      }),
    );
    expect(options).toEqual({
      municipalities: ["oss", "bernheze"],
      audiences: ["primary", "parents"],
      kinds: ["techniekmarkt", "open-day"],
      organisation: "aadal-college",
      limit: 8,
      lang: "en",
      layout: "compact",
      headingLevel: 3,
    });
    expect(warnings).toEqual([]);
  });

  it("skips unknown list values with a warning naming the attribute and the value", () => {
    const { options, warnings } = parseAgendaAttributes(
      attrs({ municipality: "oss,'s-Hertogenbosch", audience: "kinderen,teachers", kind: "markt" }),
    );
    expect(options).toMatchObject({ municipalities: ["oss"], audiences: ["teachers"], kinds: [] });
    expect(warnings).toEqual([
      { attribute: "municipality", message: expect.stringContaining(`"'s-Hertogenbosch"`) },
      { attribute: "audience", message: expect.stringContaining('"kinderen"') },
      { attribute: "kind", message: expect.stringContaining('"markt"') },
    ]);
  });

  it("clamps limit to 1-20 and ignores an organisation that is not a slug", () => {
    expect(parseAgendaAttributes(attrs({ limit: "0" })).options.limit).toBe(1);
    expect(parseAgendaAttributes(attrs({ limit: "99" })).options.limit).toBe(20);
    expect(parseAgendaAttributes(attrs({ limit: "veel" })).options.limit).toBe(AGENDA_DEFAULTS.limit);
    const { options, warnings } = parseAgendaAttributes(attrs({ organisation: "Aadal College" }));
    expect(options.organisation).toBeNull();
    expect(warnings.map((w) => w.attribute)).toEqual(["organisation"]);
  });

  it("never throws, whatever the input", () => {
    expect(() => parseAgendaAttributes({ getAttribute: () => "\u0000,\u{1F600},  ,🙂" })).not.toThrow();
  });
});
