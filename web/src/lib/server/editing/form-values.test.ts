import { describe, expect, it } from "vitest";
import { centsAsEuros, decimalNumber, euroCents, numberAsText, wholeNumber } from "./form-values";

describe("reading numbers as people type them", () => {
  it("reads euros with a comma or a dot as cents, empty as 'on request'", () => {
    expect(euroCents("12,50")).toBe(1250);
    expect(euroCents("€ 12.5")).toBe(1250);
    expect(euroCents("0")).toBe(0);
    expect(euroCents("")).toBeNull();
    expect(euroCents("twaalf")).toBeUndefined();
    expect(centsAsEuros(1250)).toBe("12,50");
    expect(centsAsEuros(1200)).toBe("12");
    expect(centsAsEuros(null)).toBe("");
  });

  it("reads whole numbers with spaces and Dutch thousands dots, and decimals with a comma", () => {
    expect(wholeNumber("1 200")).toBe(1200);
    expect(wholeNumber("1.200")).toBe(1200);
    expect(wholeNumber("")).toBeNull();
    expect(wholeNumber("90 min")).toBeUndefined();
    expect(decimalNumber("51,7654")).toBe(51.7654);
    expect(decimalNumber("-5.5")).toBe(-5.5);
    expect(decimalNumber("noord")).toBeUndefined();
    expect(numberAsText(51.7654)).toBe("51,7654");
  });
});
