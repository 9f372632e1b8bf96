import { describe, expect, it } from "vitest";
import { intersect, monthRange, presetRange } from "./periods";

describe("presetRange", () => {
  it("runs a week from Monday to the next Monday", () => {
    expect(presetRange("deze-week", "2026-11-28")).toEqual({ from: "2026-11-23", until: "2026-11-30" }); // a Saturday
    expect(presetRange("deze-week", "2026-11-29")).toEqual({ from: "2026-11-23", until: "2026-11-30" }); // Sunday: same week
    expect(presetRange("deze-week", "2026-11-30")).toEqual({ from: "2026-11-30", until: "2026-12-07" }); // Monday: a new one
  });

  it("runs a month from its first day to the first of the next, also in December", () => {
    expect(presetRange("deze-maand", "2026-12-15")).toEqual({ from: "2026-12-01", until: "2027-01-01" });
    expect(presetRange("volgende-maand", "2026-12-15")).toEqual({ from: "2027-01-01", until: "2027-02-01" });
    expect(monthRange("2028-02")).toEqual({ from: "2028-02-01", until: "2028-03-01" });
  });

  it("gives this and next school year", () => {
    expect(presetRange("dit-schooljaar", "2026-11-28")).toMatchObject({ from: "2026-08-01", until: "2027-08-01" });
    expect(presetRange("volgend-schooljaar", "2026-11-28")).toMatchObject({ from: "2027-08-01", until: "2028-08-01" });
  });
});

describe("intersect", () => {
  it("narrows to the overlap and ignores open ends", () => {
    expect(intersect({ from: "2026-12-01", until: "2027-01-01" }, { from: "2026-12-10" }, null)).toEqual({ from: "2026-12-10", until: "2027-01-01" });
    expect(intersect(null, undefined)).toEqual({ from: undefined, until: undefined });
  });

  it("is null when the ranges do not meet", () => {
    expect(intersect({ from: "2026-12-01", until: "2027-01-01" }, { from: "2027-01-01" })).toBeNull();
  });
});
