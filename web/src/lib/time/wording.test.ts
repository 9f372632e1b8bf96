import { describe, expect, it } from "vitest";
import { formatDate, formatDay, formatDays, formatPeriod, formatShortStart, formatTime, monthName } from "./wording";

describe("formatDate and formatTime", () => {
  it("shows a winter (CET, UTC+1) instant in Amsterdam time", () => {
    expect(formatDate("2026-01-15T08:30:00.000Z")).toBe("donderdag 15 januari 2026");
    expect(formatTime("2026-01-15T08:30:00.000Z")).toBe("09:30");
  });

  it("shows a summer (CEST, UTC+2) instant in Amsterdam time", () => {
    expect(formatDate("2026-06-18T08:30:00.000Z")).toBe("donderdag 18 juni 2026");
    expect(formatTime("2026-06-18T08:30:00.000Z")).toBe("10:30");
  });

  it("takes the local date, not the UTC date, around midnight", () => {
    // 23:30 UTC on 30 June is 01:30 on 1 July in Amsterdam.
    expect(formatDate("2026-06-30T23:30:00.000Z")).toBe("woensdag 1 juli 2026");
    expect(formatTime("2026-06-30T23:30:00.000Z")).toBe("01:30");
  });

  it("prints midnight as 00:00", () => {
    expect(formatTime("2026-01-14T23:00:00.000Z")).toBe("00:00");
  });

  it("accepts Date objects and rejects what is not a date-time", () => {
    expect(formatTime(new Date("2026-01-15T08:30:00.000Z"))).toBe("09:30");
    expect(() => formatDate("gisteren")).toThrow(RangeError);
  });
});

describe("formatPeriod", () => {
  it("gives one date and two times for an event within a day", () => {
    expect(
      formatPeriod({ startsAt: "2026-03-12T08:30:00.000Z", endsAt: "2026-03-12T11:00:00.000Z", allDay: false }),
    ).toBe("donderdag 12 maart 2026, 09:30 tot 12:00 uur");
  });

  it("keeps wall-clock times when the clocks go forward during the event (29 March 2026)", () => {
    // 01:30 CET to 03:30 CEST: one hour long, but the clock shows a two-hour span.
    expect(
      formatPeriod({ startsAt: "2026-03-29T00:30:00.000Z", endsAt: "2026-03-29T01:30:00.000Z", allDay: false }),
    ).toBe("zondag 29 maart 2026, 01:30 tot 03:30 uur");
  });

  it("shows both days of an evening-to-morning event across the switch to summer time", () => {
    // Saturday 21:00 CET to Sunday 10:00 CEST.
    expect(
      formatPeriod({ startsAt: "2026-03-28T20:00:00.000Z", endsAt: "2026-03-29T08:00:00.000Z", allDay: false }),
    ).toBe("zaterdag 28 maart 2026, 21:00 uur tot zondag 29 maart 2026, 10:00 uur");
  });

  it("shows both days of an event across the switch back to winter time (25 October 2026)", () => {
    // Saturday 20:00 CEST to Sunday 09:00 CET.
    expect(
      formatPeriod({ startsAt: "2026-10-24T18:00:00.000Z", endsAt: "2026-10-25T08:00:00.000Z", allDay: false }),
    ).toBe("zaterdag 24 oktober 2026, 20:00 uur tot zondag 25 oktober 2026, 09:00 uur");
  });

  it("shows only the start when the end is not after it", () => {
    expect(
      formatPeriod({ startsAt: "2026-06-18T08:30:00.000Z", endsAt: "2026-06-18T08:30:00.000Z", allDay: false }),
    ).toBe("donderdag 18 juni 2026, 10:30 uur");
  });

  it("shows dates only for an all-day event ending at the next local midnight", () => {
    // 00:00 to 24:00 in summer time is 22:00Z to 22:00Z the next day.
    expect(
      formatPeriod({ startsAt: "2026-06-17T22:00:00.000Z", endsAt: "2026-06-18T22:00:00.000Z", allDay: true }),
    ).toBe("donderdag 18 juni 2026");
  });

  it("shows the first and last day of a multi-day all-day event", () => {
    expect(
      formatPeriod({ startsAt: "2026-01-14T23:00:00.000Z", endsAt: "2026-01-16T23:00:00.000Z", allDay: true }),
    ).toBe("donderdag 15 januari 2026 tot en met vrijdag 16 januari 2026");
  });

  it("counts the days of an all-day event across the DST switch in local time", () => {
    // Saturday 00:00 CET (23:00Z) to Monday 00:00 CEST (22:00Z): two local days, 47 hours.
    expect(
      formatPeriod({ startsAt: "2026-03-27T23:00:00.000Z", endsAt: "2026-03-29T22:00:00.000Z", allDay: true }),
    ).toBe("zaterdag 28 maart 2026 tot en met zondag 29 maart 2026");
  });

  it("also accepts an all-day event that ends within its last day", () => {
    expect(
      formatPeriod({ startsAt: "2026-01-14T23:00:00.000Z", endsAt: "2026-01-15T22:59:59.999Z", allDay: true }),
    ).toBe("donderdag 15 januari 2026");
  });
});

describe("formatDay, formatDays and monthName", () => {
  it("gives a calendar day in Dutch, without shifting the day", () => {
    expect(formatDay("2027-01-29")).toBe("29 januari 2027");
    expect(formatDay("2027-01-31")).toBe("31 januari 2027");
    expect(formatDay("2026-03-29")).toBe("29 maart 2026");
  });

  it("gives a period of days", () => {
    expect(formatDays("2026-09-07", "2027-01-29")).toBe("7 september 2026 tot en met 29 januari 2027");
    expect(formatDays("2027-01-29", "2027-01-29")).toBe("29 januari 2027");
  });

  it("names a month", () => {
    expect(monthName("2027-03")).toBe("maart 2027");
  });
});

describe("formatShortStart", () => {
  it("gives the start only, in Amsterdam time", () => {
    expect(formatShortStart({ startsAt: "2027-01-13T08:30:00.000Z", endsAt: "2027-01-13T11:00:00.000Z", allDay: false })).toBe("wo 13 jan, 09:30");
    expect(formatShortStart({ startsAt: "2027-01-12T23:00:00.000Z", endsAt: "2027-01-13T23:00:00.000Z", allDay: true })).toBe("wo 13 jan");
  });
});
