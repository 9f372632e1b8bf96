import { describe, expect, it } from "vitest";
import { lastLocalDay, localDate, localDays } from "./instants";

describe("localDate", () => {
  it("takes the Amsterdam day, not the UTC day", () => {
    expect(localDate("2026-06-30T22:30:00.000Z")).toBe("2026-07-01"); // 00:30 CEST
    expect(localDate("2026-06-30T23:30:00.000Z")).toBe("2026-07-01");
    expect(localDate("2026-12-31T22:59:59.000Z")).toBe("2026-12-31"); // 23:59 CET
    expect(localDate("2026-12-31T23:00:00.000Z")).toBe("2027-01-01");
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

describe("localDays", () => {
  it("gives one day for an event from local midnight to local midnight", () => {
    expect(localDays("2026-06-17T22:00:00.000Z", "2026-06-18T22:00:00.000Z")).toEqual({ first: "2026-06-18", last: "2026-06-18" });
  });

  it("counts local days across the switch to summer time", () => {
    expect(localDays("2026-03-27T23:00:00.000Z", "2026-03-29T22:00:00.000Z")).toEqual({ first: "2026-03-28", last: "2026-03-29" });
  });

  it("keeps the last day when the event ends within it", () => {
    expect(localDays("2026-01-14T23:00:00.000Z", "2026-01-15T22:59:59.999Z")).toEqual({ first: "2026-01-15", last: "2026-01-15" });
  });

  it("never ends before it starts", () => {
    expect(localDays("2026-01-14T23:00:00.000Z", "2026-01-14T23:00:00.000Z")).toEqual({ first: "2026-01-15", last: "2026-01-15" });
  });
});
