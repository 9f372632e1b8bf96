import { describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl, type CalendarEntry } from "./calendar-links";

const winter: CalendarEntry = {
  title: "Techlab: robots programmeren",
  startsAt: "2026-12-04T11:45:00.000Z",
  endsAt: "2026-12-04T14:00:00.000Z",
  allDay: false,
  details: "Groep 8 programmeert robots & meer.\n\nhttps://example.nl/agenda/techlab",
  location: "Langstraat Vakcollege, Beatrixlaan 51, 5152 DX Drunen",
};

const summer: CalendarEntry = { ...winter, startsAt: "2026-06-18T08:30:00.000Z", endsAt: "2026-06-18T11:00:00.000Z" };

// Techniekweek: Monday 16 to Friday 20 March 2026, local midnight to local midnight.
const week: CalendarEntry = { ...winter, startsAt: "2026-03-15T23:00:00.000Z", endsAt: "2026-03-20T23:00:00.000Z", allDay: true };

const params = (url: string) => new URL(url).searchParams;

describe("googleCalendarUrl", () => {
  it("gives a winter event's times in UTC", () => {
    const url = googleCalendarUrl(winter);
    expect(url.startsWith("https://calendar.google.com/calendar/render?")).toBe(true);
    expect(params(url).get("action")).toBe("TEMPLATE");
    expect(params(url).get("dates")).toBe("20261204T114500Z/20261204T140000Z");
    expect(params(url).get("ctz")).toBe("Europe/Amsterdam");
  });

  it("gives a summer event's times in UTC", () => {
    expect(params(googleCalendarUrl(summer)).get("dates")).toBe("20260618T083000Z/20260618T110000Z");
  });

  it("gives an all-day event its local dates with the day after the last as end", () => {
    expect(params(googleCalendarUrl(week)).get("dates")).toBe("20260316/20260321");
  });

  it("carries title, details and location encoded, spaces as %20", () => {
    const url = googleCalendarUrl(winter);
    expect(params(url).get("text")).toBe(winter.title);
    expect(params(url).get("details")).toBe(winter.details);
    expect(params(url).get("location")).toBe(winter.location);
    expect(url).toContain("text=Techlab%3A%20robots%20programmeren");
    expect(url).not.toContain("+");
  });
});

describe("outlookCalendarUrl", () => {
  it("gives a timed event's start and end as UTC ISO times", () => {
    const url = outlookCalendarUrl(summer);
    expect(url.startsWith("https://outlook.office.com/calendar/0/deeplink/compose?")).toBe(true);
    expect(params(url).get("startdt")).toBe("2026-06-18T08:30:00Z");
    expect(params(url).get("enddt")).toBe("2026-06-18T11:00:00Z");
    expect(params(url).get("allday")).toBe("false");
    expect(params(url).get("subject")).toBe(summer.title);
    expect(params(url).get("body")).toBe(summer.details);
    expect(params(url).get("location")).toBe(summer.location);
  });

  it("gives a winter event the right UTC times", () => {
    expect(params(outlookCalendarUrl(winter)).get("startdt")).toBe("2026-12-04T11:45:00Z");
  });

  it("gives an all-day event local dates and allday=true", () => {
    const url = outlookCalendarUrl(week);
    expect(params(url).get("startdt")).toBe("2026-03-16");
    expect(params(url).get("enddt")).toBe("2026-03-21");
    expect(params(url).get("allday")).toBe("true");
  });

  it("never ends before it starts", () => {
    const url = outlookCalendarUrl({ ...winter, endsAt: winter.startsAt });
    expect(params(url).get("enddt")).toBe("2026-12-04T11:45:00Z");
  });
});
