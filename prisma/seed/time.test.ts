import { describe, expect, it } from "vitest";
import { addDays, daysBetween, schoolYearOf, todayInAmsterdam, weekday, zonedTime } from "./time.ts";

describe("zonedTime", () => {
  it("is one hour ahead of UTC in winter and two in summer", () => {
    expect(zonedTime("2027-01-15", "09:00").toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(zonedTime("2027-07-15", "09:00").toISOString()).toBe("2027-07-15T07:00:00.000Z");
  });

  it("is right on the days the clocks change (28 March and 31 October 2027)", () => {
    expect(zonedTime("2027-03-28", "00:00").toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(zonedTime("2027-03-28", "09:00").toISOString()).toBe("2027-03-28T07:00:00.000Z");
    expect(zonedTime("2027-10-31", "00:00").toISOString()).toBe("2027-10-30T22:00:00.000Z");
    expect(zonedTime("2027-10-31", "09:00").toISOString()).toBe("2027-10-31T08:00:00.000Z");
  });

  it("ends a day at 24:00, the next local midnight, also on a 23-hour day", () => {
    expect(zonedTime("2027-03-28", "24:00").toISOString()).toBe("2027-03-28T22:00:00.000Z");
    expect(zonedTime("2027-01-15", "24:00").toISOString()).toBe("2027-01-15T23:00:00.000Z");
  });

  it("hands out a fresh Date each time, so a caller cannot change the cached one", () => {
    const first = zonedTime("2027-01-15", "10:00");
    first.setTime(0);
    expect(zonedTime("2027-01-15", "10:00").toISOString()).toBe("2027-01-15T09:00:00.000Z");
  });
});

describe("todayInAmsterdam", () => {
  it("takes the Amsterdam day, not the UTC day", () => {
    expect(todayInAmsterdam(new Date("2027-07-31T22:30:00.000Z"))).toBe("2027-08-01");
    expect(todayInAmsterdam(new Date("2027-12-31T22:59:59.000Z"))).toBe("2027-12-31");
  });
});

describe("calendar days", () => {
  it("turns the school year on 1 August", () => {
    expect(schoolYearOf("2027-07-31")).toBe(2026);
    expect(schoolYearOf("2027-08-01")).toBe(2027);
  });

  it("counts days across month ends, leap days and the clock changes", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
    expect(daysBetween("2027-03-01", "2027-11-01")).toBe(245);
    expect(weekday("2027-03-28")).toBe(0); // a Sunday
  });
});
