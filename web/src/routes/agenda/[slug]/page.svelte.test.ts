import { render, screen, within } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import Page from "./+page.svelte";
import type { PageEvent } from "./types";

type Data = Parameters<typeof Page>[1]["data"];

const event: PageEvent = {
  slug: "workshop-drones-bouwen-cuijk-2027-01-08",
  image: null,
  title: "Workshop drones bouwen",
  summary: "Onderbouwleerlingen bouwen drones.",
  description: "Eerste alinea <b>niet vet</b>.\n\nTweede alinea.",
  kind: "WORKSHOP",
  status: "PUBLISHED",
  cancellationReason: null,
  startsAt: "2027-01-08T12:00:00.000Z",
  endsAt: "2027-01-08T14:30:00.000Z",
  allDay: false,
  capacity: 20,
  costCents: 0,
  signupMode: "PLATFORM",
  signupUrl: null,
  signupOpensAt: "2026-11-14T12:15:00.000Z",
  signupClosesAt: "2027-01-06T22:59:00.000Z",
  signupAvailability: { isOpen: true, remaining: 4, waitingCount: 0 },
  onlineUrl: null,
  leerwegen: ["GL", "TL"],
  audiences: [{ code: "VMBO_YEAR_1", name: "Vmbo leerjaar 1" }],
  profiles: [{ code: "PIE", name: "Produceren, Installeren en Energie" }],
  themes: [{ slug: "drones", name: "Drones" }],
  actionLines: [{ number: 2, slug: "onderbouw-vmbo", title: "Techniek in de onderbouw" }],
  challenge: { slug: "warmtepomp-challenge", title: "Warmtepomp-challenge" },
  organisers: [
    { role: "ORGANISER", organisation: { slug: "maasheggen-college", name: "Maasheggen College", email: "info@maasheggen.example" } },
  ],
  venue: { name: "Maasheggen College Cuijk", street: "Molenstraat 35", postalCode: "5433 XP", city: "Cuijk", latitude: 51.71758, longitude: 5.88061 },
};

type Form = Parameters<typeof Page>[1]["form"] | undefined;

function renderPage(overrides: Partial<PageEvent> = {}, form: Form = undefined) {
  const data = {
    event: { ...event, ...overrides },
    canonicalUrl: `https://loket.example/agenda/${event.slug}`,
    jsonLd: '{"@type":"Event"}',
    calendar: { ics: `/agenda/${event.slug}.ics`, google: "https://calendar.google.com/x", outlook: "https://outlook.office.com/x" },
    now: "2026-11-28T12:00:00.000Z",
    signupValues: { name: "", email: "", organisation: "", groupLabel: "", groupSize: "", phone: "", remark: "", privacy: false },
    signupReceived: false,
  } as unknown as Data;
  return render(Page, { props: { data, params: { slug: event.slug }, form } as never });
}

afterEach(() => {
  document.head.innerHTML = "";
});

describe("event page", () => {
  it("shows the event's facts in Dutch, with links to its organiser, action line and challenge", () => {
    renderPage();

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Workshop drones bouwen");
    expect(screen.getAllByText("vrijdag 8 januari 2027, 13:00 tot 15:30 uur").length).toBeGreaterThan(0);
    expect(screen.getByText("Gemengde leerweg en theoretische leerweg")).toBeTruthy();
    expect(screen.getByText("Gratis")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Maasheggen College" }).getAttribute("href")).toBe("/organisaties/maasheggen-college");
    expect(screen.getByRole("link", { name: "2. Techniek in de onderbouw" }).getAttribute("href")).toBe("/actielijnen/onderbouw-vmbo");
    expect(screen.getByRole("link", { name: "Warmtepomp-challenge" }).getAttribute("href")).toBe("/challenges/warmtepomp-challenge");
    expect(screen.getByRole("link", { name: "Bekijk op de kaart (OpenStreetMap)" }).getAttribute("href")).toBe(
      "https://www.openstreetmap.org/?mlat=51.71758&mlon=5.88061#map=16/51.71758/5.88061",
    );
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows the description as text, in paragraphs", () => {
    const { container } = renderPage();
    expect(screen.getByText("Eerste alinea <b>niet vet</b>.")).toBeTruthy();
    expect(container.querySelector("article b")).toBeNull();
  });

  it("offers the sign-up form for a platform event, with the places left and whom to ask", () => {
    renderPage();

    const signup = screen.getByRole("region", { name: "Aanmelden" });
    expect(signup.textContent).toContain("Nog 4 plaatsen.");
    expect(signup.textContent).toContain("woensdag 6 januari 2027 om 23:59 uur");
    expect(within(signup).getByRole("link", { name: "info@maasheggen.example" }).getAttribute("href")).toBe("mailto:info@maasheggen.example");
    const form = signup.querySelector("form");
    expect(form?.getAttribute("method")).toBe("POST");
    expect(form?.getAttribute("action")).toBe("?/aanmelden");
    expect(within(signup).getByLabelText("Groep of klas (niet verplicht)").getAttribute("aria-describedby")).toBeTruthy();
    expect(within(signup).getByText("Bijvoorbeeld groep 7b; nooit namen van leerlingen.")).toBeTruthy();
    expect(within(signup).getByRole("link", { name: "Lees de privacyverklaring" }).getAttribute("href")).toBe("/privacy");
    expect(within(signup).getByRole("button", { name: "Aanmelden" })).toBeTruthy();
  });

  it("hides the robots' field from people and from assistive technology", () => {
    renderPage();

    const trap = document.getElementById("website");
    expect(trap?.getAttribute("tabindex")).toBe("-1");
    expect(trap?.getAttribute("autocomplete")).toBe("off");
    expect(trap?.closest("[aria-hidden='true']")).toBeTruthy();
  });

  it("says a full event puts new sign-ups on the waiting list, with how many wait", () => {
    renderPage({ signupAvailability: { isOpen: true, remaining: 0, waitingCount: 3 } });

    const signup = screen.getByRole("region", { name: "Aanmelden" });
    expect(signup.textContent).toContain("Vol: je komt op de wachtlijst (3 wachtenden).");
    expect(within(signup).getByRole("button", { name: "Aanmelden voor de wachtlijst" })).toBeTruthy();
  });

  it("shows no count for unlimited places, and no form while sign-up is closed", () => {
    renderPage({ signupAvailability: { isOpen: true, remaining: null, waitingCount: 0 } });
    expect(screen.getByRole("region", { name: "Aanmelden" }).textContent).not.toContain("plaats");
    document.body.innerHTML = "";

    renderPage({ signupAvailability: { isOpen: false, remaining: 4, waitingCount: 0 } });
    expect(screen.getByRole("region", { name: "Aanmelden" }).querySelector("form")).toBeNull();
  });

  it("shows a refused form as typed, with the errors beside the fields and in a summary", () => {
    const values = { name: "Ans de Vries", email: "ans@", organisation: "Basisschool De Linde", groupLabel: "groep 7b", groupSize: "24", phone: "", remark: "", privacy: false };
    renderPage({}, { values, errors: { email: "Vul je e-mailadres in.", privacy: "Vink aan." }, message: undefined } as Form);

    expect(screen.getByRole("heading", { name: "Controleer het formulier" })).toBeTruthy();
    expect((screen.getByLabelText("Je naam") as HTMLInputElement).value).toBe("Ans de Vries");
    expect((screen.getByLabelText("Aantal personen") as HTMLInputElement).value).toBe("24");
    expect(screen.getByLabelText("E-mailadres").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getAllByText("Vink aan.").length).toBe(2);
  });

  it("links to the organiser's sign-up page for an external sign-up", () => {
    renderPage({ signupMode: "EXTERNAL", signupUrl: "https://aanmelden.example/drones" });

    expect(screen.getByRole("link", { name: "Aanmelden bij de organisator" }).getAttribute("href")).toBe("https://aanmelden.example/drones");
  });

  it("offers the event for calendars", () => {
    renderPage();

    const calendar = screen.getByRole("region", { name: "Zet in je agenda" });
    expect(within(calendar).getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual([
      `/agenda/${event.slug}.ics`,
      "https://calendar.google.com/x",
      "https://outlook.office.com/x",
    ]);
  });

  it("offers no sign-up or calendar for an event that is over", () => {
    renderPage({ startsAt: "2025-09-25T07:00:00.000Z", endsAt: "2025-09-25T14:00:00.000Z" });

    expect(screen.getByRole("region", { name: "Aanmelden" }).textContent).toContain("Deze activiteit heeft al plaatsgevonden.");
    expect(screen.queryByRole("region", { name: "Zet in je agenda" })).toBeNull();
  });

  it("marks a cancelled event at the top, with the reason, and offers no sign-up or calendar", () => {
    renderPage({ status: "CANCELLED", cancellationReason: "Code oranje." });

    const notice = screen.getByRole("status");
    expect(notice.textContent).toContain("Deze activiteit is geannuleerd.");
    expect(notice.textContent).toContain("Code oranje.");
    expect(screen.getByRole("region", { name: "Aanmelden" }).textContent).toContain("niet meer mogelijk");
    expect(screen.queryByRole("region", { name: "Zet in je agenda" })).toBeNull();
  });
});
