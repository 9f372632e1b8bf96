import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { kindBySlug, param, sectorBySlug, slugOfKind } from "./url-values";

const schema = buildSchema(readFileSync(new URL("../../../../api/schema.graphql", import.meta.url), "utf8"));

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  return isEnumType(type) ? type.getValues().map((value) => value.name) : [];
}

describe("URL words for the API's enums", () => {
  it.each([
    ["EventKind", kindBySlug],
    ["AudienceSector", sectorBySlug],
  ] as const)("give every value of %s exactly one word", (enumName, map) => {
    expect(Object.values(map).sort()).toEqual(enumValues(enumName).sort());
    for (const slug of Object.keys(map)) expect(slug).toMatch(/^[a-z][a-z-]*$/);
  });

  it("map back and forth", () => {
    expect(slugOfKind.NETWORK_MEETING).toBe("netwerkbijeenkomst");
    expect(kindBySlug[slugOfKind.TECHNIEKMARKT]).toBe("TECHNIEKMARKT");
  });

  it("use distinct parameter names", () => {
    const names = Object.values(param);
    expect(new Set(names).size).toBe(names.length);
  });
});
