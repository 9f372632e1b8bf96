import { describe, expect, it } from "vitest";
import { nextSchoolYear, schoolYearOf } from "./school-year";

describe("school years (1 August to 31 July)", () => {
  it("puts 31 July in the school year that started the August before", () => {
    expect(schoolYearOf("2027-07-31")).toEqual({ from: "2026-08-01", until: "2027-08-01", label: "2026-2027" });
  });

  it("starts a new school year on 1 August", () => {
    expect(schoolYearOf("2027-08-01")).toEqual({ from: "2027-08-01", until: "2028-08-01", label: "2027-2028" });
  });

  it("knows the current and next school year in the middle of one", () => {
    expect(schoolYearOf("2026-11-28").label).toBe("2026-2027");
    expect(nextSchoolYear("2026-11-28")).toEqual({ from: "2027-08-01", until: "2028-08-01", label: "2027-2028" });
    expect(nextSchoolYear("2027-02-01").label).toBe("2027-2028");
  });
});
