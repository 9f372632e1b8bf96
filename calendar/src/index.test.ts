import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, icsFileName, locationText, type CalendarEvent } from "./index.ts";

/** A summer evening (CEST, UTC+2). */
const summerEvent: CalendarEvent = {
  id: "RXZlbnQ6MQ==",
  slug: "techniekmarkt-oss-2027-06-10",
  title: "Techniekmarkt Oss",
  summary: "Bedrijven & scholen laten zien hoe leuk techniek is; voor groep 7, 8 en ouders.",
  category: "Techniekmarkt",
  status: "PUBLISHED",
  cancellationReason: null,
  startsAt: "2027-06-10T16:00:00.000Z",
  endsAt: "2027-06-10T19:00:00.000Z",
  allDay: false,
  sequence: 0,
  updatedAt: "2026-11-11T14:00:00.000Z",
  venue: { name: "Sporthal De Rusheuvel", street: "Molenstraat 1", postalCode: "5341 AB", city: "Oss" },
  organisers: [{ organisation: { name: "Het Techniek Loket" } }, { organisation: { name: "Gemeente Oss" } }],
};

/** A cancelled winter afternoon (CET, UTC+1), changed twice, as the API hands it over (Dates). */
const cancelledWinterEvent: CalendarEvent = {
  ...summerEvent,
  id: "RXZlbnQ6Mg==",
  slug: "workshop-drones-bouwen-cuijk-2027-01-08",
  title: "Workshop drones bouwen",
  summary: "Onderbouwleerlingen gaan drones bouwen.",
  category: undefined,
  status: "CANCELLED",
  cancellationReason: "Vanwege code oranje is de activiteit afgelast.",
  startsAt: new Date("2027-01-08T12:00:00.000Z"),
  endsAt: new Date("2027-01-08T14:30:00.000Z"),
  sequence: 2,
  updatedAt: new Date("2026-11-22T11:00:00.000Z"),
  venue: { name: "Maasheggen College Cuijk", street: "Molenstraat 35", postalCode: "5433 XP", city: "Cuijk" },
  organisers: [{ organisation: { name: "Maasheggen College" } }],
};

/** Monday to Friday, whole days, online. */
const allDayEvent: CalendarEvent = {
  ...summerEvent,
  id: "RXZlbnQ6Mw==",
  slug: "techniekweek-2027-03-15",
  title: "Techniekweek Noordoost-Brabant",
  startsAt: "2027-03-14T23:00:00.000Z",
  endsAt: "2027-03-19T23:00:00.000Z",
  allDay: true,
  venue: null,
};

const formatTime = (date: Date) => new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" }).format(date);

type Properties = Map<string, { params: string; value: string }>;

/** Just enough of RFC 5545 to read our output back: unfold lines, split components, read properties. */
function parseIcs(text: string): { calendar: Properties; events: Properties[] } {
  // Lines end in CRLF and are folded at 75 octets.
  for (const raw of text.split("\r\n")) expect(new TextEncoder().encode(raw).length).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
  const calendar: Properties = new Map();
  const events: Properties[] = [];
  let current = calendar;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") events.push((current = new Map()));
    else if (line === "END:VEVENT") current = calendar;
    else {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (match) current.set(match[1], { params: match[2], value: match[3] });
    }
  }
  return { calendar, events };
}

const value = (properties: Properties, name: string) => properties.get(name)?.value;

/** 20270610T160000Z -> Date */
function utc(stamp: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)!;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

describe("buildCalendar", () => {
  const origin = "https://www.hettechniekloket.nl";
  const text = buildCalendar([cancelledWinterEvent, allDayEvent, summerEvent], { name: "Agenda Het Techniek Loket", origin });
  const { calendar, events } = parseIcs(text);
  const [winter, allDay, summer] = events;

  it("names the calendar and asks apps to refresh hourly", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(value(calendar, "X-WR-CALNAME")).toBe("Agenda Het Techniek Loket");
    expect(value(calendar, "METHOD")).toBe("PUBLISH");
    expect(value(calendar, "REFRESH-INTERVAL")).toBe("PT1H");
    expect(events).toHaveLength(3);
  });

  it("gives each event a stable UID from its id and the site's host", () => {
    expect(value(summer, "UID")).toBe("RXZlbnQ6MQ==@www.hettechniekloket.nl");
    expect(value(winter, "UID")).toBe("RXZlbnQ6Mg==@www.hettechniekloket.nl");
    const again = parseIcs(buildCalendar([summerEvent], { name: "x", origin })).events[0];
    expect(value(again, "UID")).toBe(value(summer, "UID"));
  });

  it("writes a summer event in UTC, which is 18:00 in Amsterdam (CEST)", () => {
    expect(value(summer, "DTSTART")).toBe("20270610T160000Z");
    expect(value(summer, "DTEND")).toBe("20270610T190000Z");
    expect(formatTime(utc(value(summer, "DTSTART")!))).toBe("18:00");
  });

  it("writes a winter event in UTC, which is 13:00 in Amsterdam (CET)", () => {
    expect(value(winter, "DTSTART")).toBe("20270108T120000Z");
    expect(formatTime(utc(value(winter, "DTSTART")!))).toBe("13:00");
  });

  it("marks a cancelled event and carries its revision number", () => {
    expect(value(winter, "STATUS")).toBe("CANCELLED");
    expect(value(winter, "SEQUENCE")).toBe("2");
    expect(value(winter, "SUMMARY")).toBe("Geannuleerd: Workshop drones bouwen");
    expect(value(winter, "DESCRIPTION")).toContain("Deze activiteit gaat niet door. Vanwege code oranje");
    expect(value(summer, "STATUS")).toBe("CONFIRMED");
    expect(value(summer, "SEQUENCE")).toBe("0");
  });

  it("stamps events with their last change", () => {
    expect(value(winter, "DTSTAMP")).toBe("20261122T110000Z");
    expect(value(winter, "LAST-MODIFIED")).toBe("20261122T110000Z");
  });

  it("writes whole days as DATE values of the Amsterdam days, the end exclusive", () => {
    expect(allDay.get("DTSTART")).toEqual({ params: ";VALUE=DATE", value: "20270315" });
    expect(allDay.get("DTEND")).toEqual({ params: ";VALUE=DATE", value: "20270320" });
    expect(value(allDay, "LOCATION")).toBe("Online");
  });

  it("links to the event page and gives the address, escaping commas and semicolons", () => {
    expect(value(summer, "URL")).toBe("https://www.hettechniekloket.nl/agenda/techniekmarkt-oss-2027-06-10");
    expect(value(summer, "LOCATION")).toBe("Sporthal De Rusheuvel\\, Molenstraat 1\\, 5341 AB Oss");
    expect(value(summer, "DESCRIPTION")).toContain("Bedrijven & scholen laten zien hoe leuk techniek is\\; voor groep 7\\, 8 en ouders.");
    expect(value(summer, "CATEGORIES")).toBe("Techniekmarkt");
    expect(winter.has("CATEGORIES")).toBe(false);
  });
});

describe("helpers", () => {
  it("writes a one-line address", () => {
    expect(locationText({ name: "Hal", street: null, postalCode: null, city: "Oss" })).toBe("Hal, Oss");
    expect(locationText(null)).toBe("Online");
  });

  it("escapes the calendar name, whose search text must not start a new line", () => {
    expect(escapeText('Zoekt: "a;b,c\\"\r\nBEGIN:VEVENT\u0000')).toBe('Zoekt: "a\\;b\\,c\\\\" BEGIN:VEVENT');
    const text = buildCalendar([], { name: "robot\nX-EVIL:1", origin: "https://x.nl" });
    expect(text).not.toMatch(/^X-EVIL/m);
  });

  it("makes a safe file name from a slug", () => {
    expect(icsFileName("techniekmarkt-oss-2027-06-10")).toBe("techniekmarkt-oss-2027-06-10.ics");
    expect(icsFileName('a"b\r\nc')).toBe("a-b--c.ics");
  });
});
