import { describe, expect, it } from "vitest";
import { AGENDA_DEFAULTS, parseAgendaAttributes } from "./agenda-attributes";

function attrs(values: Record<string, string>) {
  return { getAttribute: (name: string) => (name in values ? values[name] : null) };
}

// Web passes the real keywords (web/src/lib/enum-words.ts); a few are enough for the rules.
const keywords = {
  kinds: new Map([
    ["techniekmarkt", "TECHNIEKMARKT"],
    ["open-day", "OPEN_DAY"],
  ]),
  audiences: new Map([
    ["primary", "PRIMARY"],
    ["teachers", "TEACHERS"],
    ["parents", "PARENTS"],
  ]),
};
const parse = (values: Record<string, string>) => parseAgendaAttributes(attrs(values), keywords);

describe("parseAgendaAttributes", () => {
  it("shows the next five events of the whole region by default", () => {
    const { options, warnings } = parse({});
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
    const { options, warnings } = parse({
      municipality: "oss, Bernheze",
      audience: "primary,PARENTS",
      kind: "techniekmarkt, open_day",
      organisation: "aadal-college",
      limit: "8",
      lang: "en",
      layout: "compact",
      "heading-level": "3",
    });
    expect(options).toEqual({
      municipalities: ["oss", "bernheze"],
      audiences: ["PRIMARY", "PARENTS"],
      kinds: ["TECHNIEKMARKT", "OPEN_DAY"],
      organisation: "aadal-college",
      limit: 8,
      lang: "en",
      layout: "compact",
      headingLevel: 3,
    });
    expect(warnings).toEqual([]);
  });

  it("skips unknown list values with a warning naming the attribute and the value", () => {
    const { options, warnings } = parse({ municipality: "oss,'s-Hertogenbosch", audience: "kinderen,teachers", kind: "markt" });
    expect(options).toMatchObject({ municipalities: ["oss"], audiences: ["TEACHERS"], kinds: [] });
    expect(warnings).toEqual([
      { attribute: "municipality", message: expect.stringContaining(`"'s-Hertogenbosch"`) },
      { attribute: "audience", message: expect.stringContaining('"kinderen"') },
      { attribute: "kind", message: expect.stringContaining('"markt"') },
    ]);
    expect(warnings[2].message).toContain("known: techniekmarkt, open-day");
  });

  it("clamps limit to 1-20 and ignores an organisation that is not a slug", () => {
    expect(parse({ limit: "0" }).options.limit).toBe(1);
    expect(parse({ limit: "99" }).options.limit).toBe(20);
    expect(parse({ limit: "veel" }).options.limit).toBe(AGENDA_DEFAULTS.limit);
    const { options, warnings } = parse({ organisation: "Aadal College" });
    expect(options.organisation).toBeNull();
    expect(warnings.map((w) => w.attribute)).toEqual(["organisation"]);
  });

  it("never throws, whatever the input", () => {
    expect(() => parseAgendaAttributes({ getAttribute: () => "\u0000,\u{1F600},  ,🙂" }, keywords)).not.toThrow();
  });
});
