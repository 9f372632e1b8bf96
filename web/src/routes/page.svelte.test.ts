import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import Page from "./+page.svelte";

type Data = Parameters<typeof Page>[1]["data"];

function renderPage(events: Data["events"]) {
  return render(Page, { props: { data: { events } as Data, params: {}, form: undefined } });
}

describe("home page", () => {
  it("introduces the network and lists the events", () => {
    renderPage([
      {
        id: "1",
        slug: "techlab-uden",
        title: "Techlab voor groep 7",
        startsAt: "2026-01-15T08:30:00.000Z",
        endsAt: "2026-01-15T11:30:00.000Z",
        allDay: false,
        status: "PUBLISHED",
        venue: { name: "Udens College", city: "Uden" },
      },
    ]);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Het Techniek Loket");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Binnenkort in de agenda");
    expect(screen.getByRole("heading", { level: 3 }).textContent?.trim()).toBe("Techlab voor groep 7");
    expect(screen.getByText("donderdag 15 januari 2026, 09:30 tot 12:30 uur")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says in Dutch that the agenda is unreachable when the API is down", () => {
    renderPage(null);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Het Techniek Loket");
    expect(screen.getByRole("status").textContent).toContain("De agenda is even niet bereikbaar.");
    expect(screen.queryByRole("list")).toBeNull();
  });
});
