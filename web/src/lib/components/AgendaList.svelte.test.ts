import { render, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { withCardNotes } from "$lib/agenda/card-notes";
import { allDayEvent, cancelledWinterEvent, summerEvent } from "$lib/agenda/test-fixtures";
import AgendaList from "./AgendaList.svelte";

const text = (element: Element) => element.textContent?.replace(/\s+/g, " ").trim();

describe("AgendaList", () => {
  it("shows when (Amsterdam time), the title as a link, kind, place and organisers", () => {
    render(AgendaList, { props: { events: withCardNotes([summerEvent]) } });

    const item = screen.getByRole("listitem");
    const link = within(item).getByRole("link", { name: "Techniekmarkt Oss" });
    expect(link.getAttribute("href")).toBe("/agenda/techniekmarkt-oss-2027-06-10");
    expect(within(item).getByRole("heading", { level: 3 })).toBeTruthy();
    expect(item.querySelector("time")?.textContent).toBe("donderdag 10 juni 2027, 18:00 tot 21:00 uur");
    expect(text(item)).toContain("Techniekmarkt");
    expect(text(item)).toContain("Sporthal De Rusheuvel, Oss");
    expect(text(item)).toContain("Door Het Techniek Loket en Gemeente Oss");
  });

  it("shows the card notes the server wrote: distance, for whom, whether a visitor can come", () => {
    const notes = { ...withCardNotes([summerEvent])[0]!.notes, distance: "17 km van Veghel", by: null, access: "Alleen op uitnodiging", closed: true };
    render(AgendaList, { props: { events: [{ ...summerEvent, notes }, ...withCardNotes([allDayEvent])] } });

    const [oss, online] = screen.getAllByRole("listitem");
    expect(text(oss)).toContain("Sporthal De Rusheuvel, Oss (17 km van Veghel)");
    expect(text(oss)).toContain("Voor basisonderwijs en ouders");
    expect(text(oss)).toContain("Alleen op uitnodiging");
    expect(text(online)).not.toContain("km van");
  });

  it("marks a cancelled event in its heading and says why", () => {
    render(AgendaList, { props: { events: withCardNotes([cancelledWinterEvent]), headingLevel: 2 } });

    const heading = screen.getByRole("heading", { level: 2 });
    expect(text(heading)).toBe("Geannuleerd: Workshop drones bouwen");
    expect(text(screen.getByRole("listitem"))).toContain("Deze activiteit gaat niet door. Vanwege code oranje is de activiteit afgelast.");
  });

  it("shows whole days without times, and online events as online", () => {
    render(AgendaList, { props: { events: withCardNotes([allDayEvent]) } });

    const item = screen.getByRole("listitem");
    expect(item.querySelector("time")?.textContent).toBe("maandag 15 maart 2027 tot en met vrijdag 19 maart 2027");
    expect(text(item)).toContain("Online");
  });

  it("says how many places are left when sign-up is on this site, and when only the waiting list is", () => {
    const open = { ...summerEvent, id: "open", signupAvailability: { isOpen: true, remaining: 4, waitingCount: 0 } };
    const full = { ...summerEvent, id: "full", signupAvailability: { isOpen: true, remaining: 0, waitingCount: 2 } };
    const closed = { ...summerEvent, id: "closed", signupAvailability: { isOpen: false, remaining: 4, waitingCount: 0 } };
    render(AgendaList, { props: { events: withCardNotes([open, full, closed, summerEvent]) } });

    const [first, second, third, fourth] = screen.getAllByRole("listitem").map(text);
    expect(first).toContain("Aanmelden via deze site: nog 4 plaatsen");
    expect(second).toContain("Aanmelden via deze site: vol, wachtlijst (2 wachtenden)");
    expect(third).not.toContain("Aanmelden");
    expect(fourth).not.toContain("Aanmelden");
  });
});
