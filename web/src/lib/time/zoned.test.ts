import { describe, expect, it } from "vitest";
import { isoWithOffset, localInstant, startOfLocalDay } from "./zoned";

describe("startOfLocalDay", () => {
  it("is 23:00 UTC the day before in winter and 22:00 UTC in summer", () => {
    expect(startOfLocalDay("2027-01-15").toISOString()).toBe("2027-01-14T23:00:00.000Z");
    expect(startOfLocalDay("2027-07-15").toISOString()).toBe("2027-07-14T22:00:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    // Sunday 28 March 2027 starts in winter time; Monday 29 March in summer time.
    expect(startOfLocalDay("2027-03-28").toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(startOfLocalDay("2027-03-29").toISOString()).toBe("2027-03-28T22:00:00.000Z");
    // Sunday 31 October 2027 starts in summer time; Monday 1 November in winter time.
    expect(startOfLocalDay("2027-10-31").toISOString()).toBe("2027-10-30T22:00:00.000Z");
    expect(startOfLocalDay("2027-11-01").toISOString()).toBe("2027-10-31T23:00:00.000Z");
  });
});

describe("isoWithOffset", () => {
  it("uses +01:00 in winter", () => {
    expect(isoWithOffset("2026-12-04T11:45:00.000Z")).toBe("2026-12-04T12:45:00+01:00");
  });

  it("uses +02:00 in summer", () => {
    expect(isoWithOffset("2026-06-18T08:30:00.000Z")).toBe("2026-06-18T10:30:00+02:00");
  });

  it("switches at the moment the clocks change (29 March and 25 October 2026)", () => {
    expect(isoWithOffset("2026-03-29T00:59:59.000Z")).toBe("2026-03-29T01:59:59+01:00");
    expect(isoWithOffset("2026-03-29T01:00:00.000Z")).toBe("2026-03-29T03:00:00+02:00");
    expect(isoWithOffset("2026-10-25T00:30:00.000Z")).toBe("2026-10-25T02:30:00+02:00");
    expect(isoWithOffset("2026-10-25T01:30:00.000Z")).toBe("2026-10-25T02:30:00+01:00");
  });

  it("rejects what is not a date-time", () => {
    expect(() => isoWithOffset("morgen")).toThrow(RangeError);
  });
});

describe("localInstant", () => {
  it("reads a time typed in Amsterdam, in winter and in summer time", () => {
    expect(localInstant("2027-01-15", "09:30").toISOString()).toBe("2027-01-15T08:30:00.000Z");
    expect(localInstant("2027-07-15", "09:30").toISOString()).toBe("2027-07-15T07:30:00.000Z");
  });

  it("is right on the night the clocks go back", () => {
    // Sunday 31 October 2027: 01:00 is still summer time, 04:00 winter time.
    expect(localInstant("2027-10-31", "01:00").toISOString()).toBe("2027-10-30T23:00:00.000Z");
    expect(localInstant("2027-10-31", "04:00").toISOString()).toBe("2027-10-31T03:00:00.000Z");
  });
});
