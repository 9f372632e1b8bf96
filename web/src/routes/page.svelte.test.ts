import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Page from "./+page.svelte";
import { eventPicture } from "$lib/pictures";

type Data = Parameters<typeof Page>[1]["data"];

function renderPage(events: Data["events"], techniekmarkten: Data["techniekmarkten"] = []) {
  return render(Page, { props: { data: { events, techniekmarkten, canonicalUrl: "https://techniekloket.example/" } as Data, params: {}, form: undefined } });
}

describe("home page", () => {
  it("offers a search of the agenda that works without JavaScript", () => {
    renderPage([]);
    const search = screen.getByRole("searchbox", { name: "Zoek in de agenda" });
    expect(search.getAttribute("name")).toBe("tekst");
    expect(search.closest("form")?.getAttribute("action")).toBe("/agenda");
    expect(search.closest("form")?.getAttribute("method")).toBe("get");
  });

  it("has an entry point for each group of visitors", () => {
    renderPage([]);
    for (const group of ["Basisscholen", "Vmbo-leerlingen en ouders", "Docenten", "Bedrijven"]) {
      expect(screen.getByRole("heading", { level: 3, name: group })).toBeTruthy();
    }
    expect(screen.getByRole("link", { name: "Activiteiten voor het basisonderwijs" }).getAttribute("href")).toBe(
      "/agenda?voor=basisonderwijs",
    );
  });

  it("introduces the network and lists the events", () => {
    renderPage([
      {
        slug: "techlab-uden",
        title: "Techlab voor groep 7",
        startsAt: "2026-01-15T08:30:00.000Z",
        endsAt: "2026-01-15T11:30:00.000Z",
        allDay: false,
        status: "PUBLISHED",
        kind: "TECHLAB_SESSION",
        venue: { name: "Udens College", city: "Uden" },
        picture: eventPicture({ kind: "TECHLAB_SESSION" }),
      },
    ]);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Het Techniek Loket");
    expect(screen.getByRole("heading", { level: 2, name: "Binnenkort in de agenda" })).toBeTruthy();
    const link = screen.getByRole("link", { name: "Techlab voor groep 7" });
    expect(link.getAttribute("href")).toBe("/agenda/techlab-uden");
    expect(screen.getByText("donderdag 15 januari 2026, 09:30 tot 12:30 uur")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says so when there are no events", () => {
    renderPage([]);
    expect(screen.getByText("Er staan op dit moment geen activiteiten in de agenda.")).toBeTruthy();
  });

  it("says in Dutch that the agenda is unreachable when the API is down", () => {
    renderPage(null);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Het Techniek Loket");
    expect(screen.getByRole("status").textContent).toContain("De agenda is even niet bereikbaar.");
    expect(screen.queryByRole("heading", { name: "Binnenkort in de agenda" })).toBeNull();
  });
});
