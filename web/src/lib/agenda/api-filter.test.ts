import { describe, expect, it } from "vitest";
import { agendaInstants, eventFilterInput } from "./api-filter";
import { emptyFilter, type AgendaFilter } from "./filter";

const iso = (instants: ReturnType<typeof agendaInstants>) =>
  instants && { from: instants.from.toISOString(), to: instants.to?.toISOString() ?? null };
const filter = (changes: Partial<AgendaFilter>): AgendaFilter => ({ ...emptyFilter, ...changes });

// Saturday 28 November 2026, 10:00 in Amsterdam.
const now = new Date("2026-11-28T09:00:00.000Z");

describe("agendaInstants", () => {
  it("shows what has not ended yet when nothing narrows the dates", () => {
    expect(iso(agendaInstants(emptyFilter, { now }))).toEqual({ from: now.toISOString(), to: null });
  });

  it("ends this week at next Monday 00:00 Amsterdam time, starting from now", () => {
    expect(iso(agendaInstants(filter({ period: "deze-week" }), { now }))).toEqual({
      from: now.toISOString(),
      to: "2026-11-29T23:00:00.000Z",
    });
  });

  it("ends a week across the switch to summer time at Monday 00:00 CEST", () => {
    // Wednesday 24 March 2027; the clocks go forward on Sunday 28 March.
    const midweek = new Date("2027-03-24T12:00:00.000Z");
    expect(iso(agendaInstants(filter({ period: "deze-week" }), { now: midweek }))?.to).toBe("2027-03-28T22:00:00.000Z");
  });

  it("ends October across the switch to winter time at 1 November 00:00 CET", () => {
    const october = new Date("2027-10-05T12:00:00.000Z");
    expect(iso(agendaInstants(filter({ period: "deze-maand" }), { now: october }))?.to).toBe("2027-10-31T23:00:00.000Z");
  });

  it("covers the next school year from 1 August 00:00 CEST to the next 1 August", () => {
    expect(iso(agendaInstants(filter({ period: "volgend-schooljaar" }), { now }))).toEqual({
      from: "2027-07-31T22:00:00.000Z",
      to: "2028-07-31T22:00:00.000Z",
    });
  });

  it("takes chosen dates as whole local days, the last one included", () => {
    expect(iso(agendaInstants(filter({ from: "2026-12-01", to: "2027-01-31" }), { now }))).toEqual({
      from: "2026-11-30T23:00:00.000Z",
      to: "2027-01-31T23:00:00.000Z",
    });
  });

  it("honours a start date in the past (an archive), but starts presets now", () => {
    expect(iso(agendaInstants(filter({ from: "2026-11-01" }), { now }))?.from).toBe("2026-10-31T23:00:00.000Z");
    expect(iso(agendaInstants(filter({ period: "dit-schooljaar" }), { now }))?.from).toBe(now.toISOString());
  });

  it("shows a whole month in the calendar view, past days included, within the other dates", () => {
    expect(iso(agendaInstants(emptyFilter, { now, month: "2026-11" }))).toEqual({
      from: "2026-10-31T23:00:00.000Z",
      to: "2026-11-30T23:00:00.000Z",
    });
    expect(iso(agendaInstants(filter({ to: "2027-03-10" }), { now, month: "2027-03" }))).toEqual({
      from: "2027-02-28T23:00:00.000Z",
      to: "2027-03-10T23:00:00.000Z",
    });
  });

  it("is null when the conditions exclude each other", () => {
    expect(agendaInstants(filter({ period: "volgend-schooljaar", to: "2027-01-31" }), { now })).toBeNull();
    expect(agendaInstants(filter({ to: "2026-11-01" }), { now })).toBeNull();
    expect(agendaInstants(filter({ period: "deze-week" }), { now, month: "2027-03" })).toBeNull();
  });
});

describe("eventFilterInput", () => {
  const instants = { from: new Date("2026-11-28T09:00:00.000Z"), to: null };

  it("sends only the conditions that are set, and by default what a visitor can go to", () => {
    expect(eventFilterInput(emptyFilter, instants)).toEqual({ from: "2026-11-28T09:00:00.000Z", signupModes: ["NONE", "PLATFORM", "EXTERNAL"] });
    expect(eventFilterInput(filter({ access: "alles" }), instants)).toEqual({ from: "2026-11-28T09:00:00.000Z" });
  });

  it("translates every condition into the API's terms", () => {
    const all = filter({
      kinds: ["TECHNIEKMARKT"],
      municipality: "oss",
      place: "Veghel",
      radiusKm: 25,
      sectors: ["PRIMARY"],
      audiences: ["PO_GROUP_7"],
      profile: "BWI",
      actionLine: 2,
      theme: "robotica",
      text: "robot",
      access: "aanmelden",
    });
    const to = new Date("2027-01-01T00:00:00.000Z");
    expect(eventFilterInput(all, { ...instants, to }, { latitude: 51.6, longitude: 5.54 })).toEqual({
      from: "2026-11-28T09:00:00.000Z",
      to: "2027-01-01T00:00:00.000Z",
      kinds: ["TECHNIEKMARKT"],
      municipalities: ["oss"],
      near: { latitude: 51.6, longitude: 5.54, radiusKm: 25 },
      audienceSectors: ["PRIMARY"],
      audiences: ["PO_GROUP_7"],
      profiles: ["BWI"],
      actionLines: [2],
      themes: ["robotica"],
      text: "robot",
      signupModes: ["PLATFORM", "EXTERNAL"],
    });
  });

  it("leaves out the distance when the place was not found", () => {
    expect(eventFilterInput(filter({ place: "Atlantis" }), instants, null)).not.toHaveProperty("near");
  });
});
