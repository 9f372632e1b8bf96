import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import EventLinkList from "./EventLinkList.svelte";

describe("EventLinkList", () => {
  it("links each event to its page, with when and where", () => {
    render(EventLinkList, {
      props: {
        events: [
          { slug: "markt", title: "Techniekmarkt Oss", startsAt: "2027-03-11T14:00:00.000Z", endsAt: "2027-03-11T18:00:00.000Z", allDay: false, status: "PUBLISHED", venue: { name: "Sporthal", city: "Oss" } },
          { slug: "webinar", title: "Webinar", startsAt: "2027-06-17T13:00:00.000Z", endsAt: "2027-06-17T14:00:00.000Z", allDay: false, status: "CANCELLED", venue: null },
        ],
      },
    });

    expect(screen.getByRole("link", { name: "Techniekmarkt Oss" }).getAttribute("href")).toBe("/agenda/markt");
    const time = screen.getByText("donderdag 11 maart 2027, 15:00 tot 19:00 uur");
    expect(time.getAttribute("datetime")).toBe("2027-03-11T14:00:00.000Z");
    const [markt, webinar] = screen.getAllByRole("listitem");
    expect(markt.textContent).toContain("Sporthal, Oss");
    expect(webinar.textContent).toContain("Online");
    expect(screen.getByRole("link", { name: /Geannuleerd: Webinar/ }).getAttribute("href")).toBe("/agenda/webinar");
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(2);
  });
});
