import { describe, expect, it } from "vitest";
import { enumLabel, texts } from "./i18n";

describe("the widgets' English labels", () => {
  it("fall back to the site's Dutch labels in Dutch", () => {
    expect(enumLabel("nl", "eventKind", "OPEN_DAY")).toBe("Open dag");
    expect(enumLabel("en", "eventKind", "OPEN_DAY")).toBe("Open day");
  });

  it("cover the same texts in both languages", () => {
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.nl).sort());
  });
});
