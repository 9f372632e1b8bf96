// The VEVENT itself is tested in the calendar package; here, what the site adds to it.
import { describe, expect, it } from "vitest";
import { allDayEvent, cancelledWinterEvent, summerEvent } from "$lib/agenda/test-fixtures";
import { buildCalendar, icsFileName } from "./calendar";

describe("the site's calendars", () => {
  const text = buildCalendar([summerEvent, cancelledWinterEvent, allDayEvent], { name: "Agenda", origin: "https://www.hettechniekloket.nl" });

  it("names each event's kind in Dutch", () => {
    expect(text.match(/^CATEGORIES:.*$/gm)).toEqual(["CATEGORIES:Techniekmarkt", "CATEGORIES:Workshop", "CATEGORIES:Overig"]);
  });

  it("keeps the UIDs of the API's global IDs on the site's host", () => {
    expect(text).toContain("UID:RXZlbnQ6MQ==@www.hettechniekloket.nl");
  });

  it("makes a safe file name from a slug", () => {
    expect(icsFileName("techniekmarkt-oss-2027-06-10")).toBe("techniekmarkt-oss-2027-06-10.ics");
  });
});
