import { describe, expect, it } from "vitest";
import { kindByWord, param, sectorByWord } from "./url-values";

describe("the agenda's URL words", () => {
  it("read the Dutch words back as the API's values, in any case", () => {
    expect(kindByWord.get("techlab")).toBe("TECHLAB_SESSION");
    expect(sectorByWord.get("basisonderwijs")).toBe("PRIMARY");
    expect(kindByWord.get("constructor")).toBeUndefined();
  });

  it("use distinct parameter names", () => {
    const names = Object.values(param);
    expect(new Set(names).size).toBe(names.length);
  });
});
