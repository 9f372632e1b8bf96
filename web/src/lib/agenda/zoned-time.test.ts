import { describe, expect, it } from "vitest";
import { addDays, addMonths, lastLocalDay, localDate, startOfLocalDay, weekdayMondayFirst } from "./zoned-time";

describe("localDate", () => {
  it("takes the Amsterdam day, not the UTC day", () => {
    expect(localDate("2026-06-30T22:30:00.000Z")).toBe("2026-07-01"); // 00:30 CEST
    expect(localDate("2026-12-31T22:59:59.000Z")).toBe("2026-12-31"); // 23:59 CET
    expect(localDate("2026-12-31T23:00:00.000Z")).toBe("2027-01-01");
  });
});

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

describe("calendar arithmetic", () => {
  it("adds days and months across year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addMonths("2027-01", -1)).toBe("2026-12");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
  });

  it("counts weekdays from Monday", () => {
    expect(weekdayMondayFirst("2026-11-30")).toBe(0); // Monday
    expect(weekdayMondayFirst("2026-11-28")).toBe(5); // Saturday
    expect(weekdayMondayFirst("2026-11-29")).toBe(6); // Sunday
  });
});

describe("lastLocalDay", () => {
  it("puts an end at local midnight on the day before", () => {
    expect(lastLocalDay("2027-03-14T23:00:00.000Z", "2027-03-19T23:00:00.000Z")).toBe("2027-03-19");
  });

  it("keeps an evening-to-morning event on both days", () => {
    expect(lastLocalDay("2027-01-21T20:00:00.000Z", "2027-01-22T08:00:00.000Z")).toBe("2027-01-22");
  });

  it("uses the start day when the end is not after the start", () => {
    expect(lastLocalDay("2027-01-21T20:00:00.000Z", "2027-01-21T20:00:00.000Z")).toBe("2027-01-21");
  });
});
