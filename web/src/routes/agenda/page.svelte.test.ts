import { withCardNotes } from "$lib/agenda/card-notes";
import { agendaFormChoices } from "$lib/agenda/form-choices";
import { buildMonth } from "$lib/agenda/month-calendar";
import { render, screen, within } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { emptyFilter } from "$lib/agenda/filter";
import { cancelledWinterEvent, summerEvent, vocabulary } from "$lib/agenda/test-fixtures";
import Page from "./+page.svelte";

type Data = Parameters<typeof Page>[1]["data"];

const filter = { ...emptyFilter, kinds: ["TECHNIEKMARKT" as const] };

const common = {
  today: "2027-01-08",
  filter,
  view: "lijst" as const,
  vocabulary,
  formChoices: agendaFormChoices(filter, vocabulary, "2027-01-08"),
  placeName: null,
  filtered: true,
  notices: [],
  conditions: [{ label: "Soort: Techniekmarkt", href: "/agenda" }],
  listHref: "/agenda?soort=techniekmarkt",
  monthHref: "/agenda?soort=techniekmarkt&weergave=maand",
  feeds: { ics: "/agenda.ics?soort=techniekmarkt", atom: "/agenda.atom?soort=techniekmarkt", webcal: "webcal://localhost/agenda.ics?soort=techniekmarkt", url: "http://localhost/agenda.ics?soort=techniekmarkt" },
};

function renderPage(data: Record<string, unknown>) {
  return render(Page, { props: { data: data as unknown as Data, params: {}, form: undefined } });
}

describe("agenda page", () => {
  it("shows the count, the events, paging and the feeds of the filter", () => {
    renderPage({ ...common, list: { events: withCardNotes([summerEvent]), totalCount: 21, nextHref: "/agenda?soort=techniekmarkt&na=c2", previousHref: null } });

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Agenda");
    expect(screen.getByRole("status").textContent?.trim()).toBe("21 activiteiten");
    expect(screen.getAllByText("21 activiteiten")).toHaveLength(2);
    expect(screen.getByRole("link", { name: "Techniekmarkt Oss" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Volgende pagina/ }).getAttribute("href")).toBe("/agenda?soort=techniekmarkt&na=c2");
    expect(screen.queryByRole("link", { name: /Vorige pagina/ })).toBeNull();
    expect(screen.getByRole("link", { name: "Abonneer in je agenda" }).getAttribute("href")).toBe(common.feeds.webcal);
    expect((screen.getByLabelText("Agenda-adres om te kopiëren") as HTMLInputElement).value).toBe(common.feeds.url);
    expect(screen.getByRole("link", { name: "RSS/Atom-feed" }).getAttribute("href")).toBe(common.feeds.atom);
    expect(screen.getByRole("checkbox", { name: "Techniekmarkt" })).toHaveProperty("checked", true);
  });

  it("offers wider searches when nothing matches", () => {
    renderPage({ ...common, list: { events: [], totalCount: 0, nextHref: null, previousHref: null } });

    expect(screen.getByText("Geen activiteiten gevonden")).toBeTruthy();
    expect(screen.getByRole("link", { name: 'Zonder "Soort: Techniekmarkt"' }).getAttribute("href")).toBe("/agenda");
    expect(screen.getByRole("link", { name: "Bekijk alle activiteiten" })).toBeTruthy();
  });

  it("shows the notices about ignored values", () => {
    const notices = ['We hebben "kermis" bij "soort" genegeerd: die waarde kennen we niet.'];
    renderPage({ ...common, notices, list: { events: withCardNotes([summerEvent]), totalCount: 1, nextHref: null, previousHref: null } });

    expect(screen.getByText(notices[0])).toBeTruthy();
    expect(screen.getAllByText("1 activiteit")).toHaveLength(2);
  });

  it("shows a month as a table with weekday headers, today marked, events on their days", () => {
    renderPage({
      ...common,
      view: "maand",
      calendar: {
        month: "2027-01",
        grid: buildMonth("2027-01", [cancelledWinterEvent], "2027-01-08"),
        shown: 1,
        totalCount: 1,
        previousHref: "/agenda?maand=2026-12",
        nextHref: "/agenda?maand=2027-02",
      },
    });

    const table = screen.getByRole("table", { name: "januari 2027" });
    expect(within(table).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["ma", "di", "wo", "do", "vr", "za", "zo"]);
    const today = table.querySelector('[aria-current="date"]');
    expect(today?.querySelector("time")?.getAttribute("datetime")).toBe("2027-01-08");
    expect(within(today as HTMLElement).getByRole("link", { name: "Workshop drones bouwen" })).toBeTruthy();
    expect(today?.textContent).toContain("Geannuleerd");
    expect(screen.getByRole("link", { name: /december 2026/ }).getAttribute("href")).toBe("/agenda?maand=2026-12");
  });
});
