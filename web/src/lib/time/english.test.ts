import { describe, expect, it } from "vitest";
import { formatPeriodInEnglish, formatShortStartInEnglish } from "./english";

// The comma after the weekday depends on the ICU version.
describe("formatPeriodInEnglish", () => {
  it("gives one date and two times for an event within a day", () => {
    expect(formatPeriodInEnglish({ startsAt: "2027-01-21T17:00:00.000Z", endsAt: "2027-01-21T20:00:00.000Z", allDay: false })).toMatch(
      /^Thursday,? 21 January 2027, 18:00–21:00$/,
    );
  });

  it("shows both days of an event across the switch to summer time", () => {
    expect(formatPeriodInEnglish({ startsAt: "2026-03-28T20:00:00.000Z", endsAt: "2026-03-29T08:00:00.000Z", allDay: false })).toMatch(
      /^Saturday,? 28 March 2026, 21:00 to Sunday,? 29 March 2026, 10:00$/,
    );
  });

  it("puts an all-day end at local midnight on the day before", () => {
    expect(formatPeriodInEnglish({ startsAt: "2026-06-17T22:00:00.000Z", endsAt: "2026-06-18T22:00:00.000Z", allDay: true })).toMatch(
      /^Thursday,? 18 June 2026$/,
    );
    expect(formatPeriodInEnglish({ startsAt: "2026-03-27T23:00:00.000Z", endsAt: "2026-03-29T22:00:00.000Z", allDay: true })).toMatch(
      /^Saturday,? 28 March 2026 to Sunday,? 29 March 2026$/,
    );
  });
});

describe("formatShortStartInEnglish", () => {
  it("gives the start only, in Amsterdam time", () => {
    expect(formatShortStartInEnglish({ startsAt: "2027-01-13T08:30:00.000Z", endsAt: "2027-01-13T11:00:00.000Z", allDay: false })).toMatch(
      /^Wed,? 13 Jan, 09:30$/,
    );
  });
});
