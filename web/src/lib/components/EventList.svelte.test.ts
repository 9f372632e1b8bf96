import { render, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import EventList, { type EventSummary } from "./EventList.svelte";

const markt: EventSummary = {
  id: "1",
  slug: "techniekmarkt-oss-2026-03-12",
  title: "Techniekmarkt Oss",
  startsAt: "2026-03-12T14:00:00.000Z",
  endsAt: "2026-03-12T18:00:00.000Z",
  allDay: false,
  status: "PUBLISHED",
  venue: { name: "Sporthal De Rusheuvel", city: "Oss" },
};

const webinar: EventSummary = {
  id: "2",
  slug: "webinar-hybride-docenten-2026-06-18",
  title: "Webinar hybride docenten",
  startsAt: "2026-06-18T13:00:00.000Z",
  endsAt: "2026-06-18T14:00:00.000Z",
  allDay: false,
  status: "CANCELLED",
  venue: null,
};

describe("EventList", () => {
  it("shows each event's title, Dutch date and time in Amsterdam, and place", () => {
    render(EventList, { props: { events: [markt] } });

    const item = screen.getByRole("listitem");
    expect(within(item).getByRole("heading", { level: 3 }).textContent?.trim()).toBe("Techniekmarkt Oss");
    const time = item.querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-03-12T14:00:00.000Z");
    expect(time?.textContent).toBe("donderdag 12 maart 2026, 15:00 tot 19:00 uur");
    expect(item.textContent).toContain("Sporthal De Rusheuvel, Oss");
  });

  it("marks cancelled events and online events", () => {
    render(EventList, { props: { events: [markt, webinar], headingLevel: 2 } });

    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const heading = within(items[1]).getByRole("heading", { level: 2 });
    expect(heading.textContent?.replace(/\s+/g, " ").trim()).toBe("Geannuleerd: Webinar hybride docenten");
    expect(items[1].textContent).toContain("Online");
  });

  it("says so when there are no events", () => {
    render(EventList, { props: { events: [] } });

    expect(screen.queryByRole("list")).toBeNull();
    expect(screen.getByText("Er staan op dit moment geen activiteiten in de agenda.")).toBeTruthy();
  });
});
