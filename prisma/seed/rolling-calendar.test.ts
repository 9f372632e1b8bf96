import { describe, expect, it } from "vitest";
import { noordoostBrabant } from "./directory.ts";
import { inSchoolYearOf } from "./rolling-calendar.ts";
import { schoolYearOf, weekday } from "./time.ts";

describe("the rolling demo calendar", () => {
  it("keeps the region's own dates within its school year", () => {
    expect(inSchoolYearOf(noordoostBrabant, "2026-11-28")).toBe(noordoostBrabant);
    expect(inSchoolYearOf(noordoostBrabant, "2027-07-31")).toBe(noordoostBrabant);
  });

  it("moves every date by whole weeks into a later school year, so today stays in the demo's second year", () => {
    const later = inSchoolYearOf(noordoostBrabant, "2029-03-01");
    expect(schoolYearOf(later.referenceDate)).toBe(2028);
    expect(schoolYearOf(later.schoolYears.at(-1)!.from)).toBe(2028);
    const [market, moved] = [noordoostBrabant.techniekmarkten[0], later.techniekmarkten[0]];
    expect(weekday(moved.date)).toBe(weekday(market.date));
    expect(moved.town).toBe(market.town);
  });
});
