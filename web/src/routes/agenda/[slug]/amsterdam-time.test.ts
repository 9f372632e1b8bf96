import { describe, expect, it } from "vitest";
import { addDays, allDayDates, isoWithOffset, localDate } from "./amsterdam-time";

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

describe("localDate and addDays", () => {
  it("takes the Amsterdam day, not the UTC day", () => {
    expect(localDate("2026-06-30T23:30:00.000Z")).toBe("2026-07-01");
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("allDayDates", () => {
  it("gives one day for an event from local midnight to local midnight", () => {
    expect(allDayDates("2026-06-17T22:00:00.000Z", "2026-06-18T22:00:00.000Z")).toEqual({
      first: "2026-06-18",
      last: "2026-06-18",
    });
  });

  it("counts local days across the switch to summer time", () => {
    expect(allDayDates("2026-03-27T23:00:00.000Z", "2026-03-29T22:00:00.000Z")).toEqual({
      first: "2026-03-28",
      last: "2026-03-29",
    });
  });

  it("keeps the last day when the event ends within it", () => {
    expect(allDayDates("2026-01-14T23:00:00.000Z", "2026-01-15T22:59:59.999Z")).toEqual({
      first: "2026-01-15",
      last: "2026-01-15",
    });
  });

  it("never ends before it starts", () => {
    expect(allDayDates("2026-01-14T23:00:00.000Z", "2026-01-14T23:00:00.000Z")).toEqual({
      first: "2026-01-15",
      last: "2026-01-15",
    });
  });
});
