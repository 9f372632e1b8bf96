import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { enumLabel, englishLabelMaps, texts } from "./i18n";

const schema = buildSchema(readFileSync(new URL("../../../../api/schema.graphql", import.meta.url), "utf8"));

const enums: Record<keyof typeof englishLabelMaps, string> = {
  eventKind: "EventKind",
  offeringKind: "OfferingKind",
  challengeStatus: "ChallengeStatus",
  audienceSector: "AudienceSector",
};

describe("the widgets' English labels", () => {
  it.each(Object.entries(enums))("name every value of %s's enum", (key, enumName) => {
    const type = schema.getType(enumName);
    const values = isEnumType(type) ? type.getValues().map((value) => value.name) : [];
    expect(Object.keys(englishLabelMaps[key as keyof typeof englishLabelMaps]).sort()).toEqual(values.sort());
  });

  it("fall back to the site's Dutch labels in Dutch", () => {
    expect(enumLabel("nl", "eventKind", "OPEN_DAY")).toBe("Open dag");
    expect(enumLabel("en", "eventKind", "OPEN_DAY")).toBe("Open day");
  });

  it("cover the same texts in both languages", () => {
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.nl).sort());
  });
});
