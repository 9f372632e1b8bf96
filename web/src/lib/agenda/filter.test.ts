import { describe, expect, it } from "vitest";
import { agendaHref, agendaSearchParams, emptyFilter, hasConditions, parseAgendaQuery, type AgendaFilter } from "./filter";

const parse = (query: string) => parseAgendaQuery(new URLSearchParams(query));

const full: AgendaFilter = {
  kinds: ["TECHNIEKMARKT", "WORKSHOP"],
  period: "dit-schooljaar",
  from: "2026-12-01",
  to: "2027-01-31",
  municipality: "oss",
  place: "5341 AB",
  radiusKm: 25,
  sectors: ["PRIMARY", "PARENTS"],
  audiences: ["PO_GROUP_7"],
  profile: "BWI",
  actionLine: 8,
  theme: "robotica",
  text: "robot & lasser",
  organisation: "het-ambachtshuis",
  access: "vrij",
};

describe("parseAgendaQuery", () => {
  it("reads the Dutch parameters of the issue's example", () => {
    const { query, notices } = parse("soort=techniekmarkt&gemeente=oss&voor=basisonderwijs&tekst=robot&van=2026-12-01&tot=2027-01-31");
    expect(notices).toEqual([]);
    expect(query.filter).toEqual({
      ...emptyFilter,
      kinds: ["TECHNIEKMARKT"],
      municipality: "oss",
      sectors: ["PRIMARY"],
      text: "robot",
      from: "2026-12-01",
      to: "2027-01-31",
    });
    expect(query).toMatchObject({ view: "lijst", month: null, after: null, before: null });
  });

  it("gives back the same filter after writing it to a URL (round trip)", () => {
    const search = agendaSearchParams(full, { view: "maand", month: "2027-03" });
    const { query, notices } = parseAgendaQuery(search);
    expect(notices).toEqual([]);
    expect(query.filter).toEqual(full);
    expect(query).toMatchObject({ view: "maand", month: "2027-03" });
    expect(agendaSearchParams(query.filter, { view: query.view, month: query.month }).toString()).toBe(search.toString());
  });

  it("writes readable values in a fixed order", () => {
    expect(agendaHref("/agenda", full)).toBe(
      "/agenda?soort=techniekmarkt&soort=workshop&wanneer=dit-schooljaar&van=2026-12-01&tot=2027-01-31&gemeente=oss" +
        "&plaats=5341+AB&afstand=25&voor=basisonderwijs&voor=ouders&doelgroep=po_group_7&profiel=bwi&actielijn=8" +
        "&thema=robotica&tekst=robot+%26+lasser&organisatie=het-ambachtshuis&toegang=vrij",
    );
    expect(agendaHref("/agenda", emptyFilter)).toBe("/agenda");
    expect(hasConditions(emptyFilter)).toBe(false);
    expect(hasConditions(full)).toBe(true);
  });

  it("shows what a visitor can go to unless asked otherwise", () => {
    expect(parse("").query.filter.access).toBe("open");
    expect(parse("toegang=aanmelden").query.filter.access).toBe("aanmelden");
    expect(parse("toegang=ALLES").query.filter.access).toBe("alles");
    const { query, notices } = parse("toegang=stiekem");
    expect(query.filter.access).toBe("open");
    expect(notices).toEqual(['We hebben "stiekem" bij "toegang" genegeerd: die waarde kennen we niet.']);
    expect(agendaHref("/agenda", { ...emptyFilter, access: "open" })).toBe("/agenda");
  });

  it("ignores unknown and malformed values with a Dutch notice, keeping the rest", () => {
    const { query, notices } = parse("soort=kermis&soort=techlab&van=2026-02-30&tot=morgen&voor=iedereen&afstand=7&actielijn=nul&maand=maart");
    expect(query.filter.kinds).toEqual(["TECHLAB_SESSION"]);
    expect(query.filter.from).toBeNull();
    expect(query.filter.to).toBeNull();
    expect(query.filter.sectors).toEqual([]);
    expect(query.filter.radiusKm).toBe(10);
    expect(query.filter.actionLine).toBeNull();
    expect(query.month).toBeNull();
    expect(notices).toEqual([
      'We hebben "kermis" bij "soort" genegeerd: die waarde kennen we niet.',
      'We hebben "2026-02-30" bij "van" genegeerd: dat is geen geldige datum.',
      'We hebben "morgen" bij "tot" genegeerd: dat is geen geldige datum.',
      'We hebben "iedereen" bij "voor" genegeerd: die waarde kennen we niet.',
      'We hebben "nul" bij "actielijn" genegeerd: die waarde kennen we niet.',
      'We hebben "7" bij "afstand" genegeerd: kies 5, 10, 25 of 50 km.',
      'We hebben "maart" bij "maand" genegeerd: gebruik de vorm 2027-03.',
    ]);
  });

  it("accepts any letter case and drops doubles and empty values", () => {
    const { query, notices } = parse("soort=Techniekmarkt&soort=techniekmarkt&soort=&profiel=bwi&doelgroep=PO_group_7&gemeente=");
    expect(notices).toEqual([]);
    expect(query.filter).toMatchObject({ kinds: ["TECHNIEKMARKT"], profile: "BWI", audiences: ["PO_GROUP_7"], municipality: null });
  });

  it("swaps a range that ends before it starts, and says so", () => {
    const { query, notices } = parse("van=2027-01-31&tot=2026-12-01");
    expect(query.filter).toMatchObject({ from: "2026-12-01", to: "2027-01-31" });
    expect(notices).toHaveLength(1);
  });

  it("cuts a search text to the API's 200 characters", () => {
    const { query, notices } = parse(`tekst=${"a".repeat(250)}`);
    expect(query.filter.text).toHaveLength(200);
    expect(notices).toHaveLength(1);
  });

  it("shortens a long value in a notice and never throws on odd input", () => {
    const { notices } = parse(`soort=${"x".repeat(300)}&van=%00&na=%3Cscript%3E`);
    expect(notices[0]).toContain(`"${"x".repeat(40)}…"`);
    expect(notices).toHaveLength(3);
  });

  it("reads paging cursors; `na` wins over `terug`", () => {
    expect(parse("na=R1BDOk46MTQz").query).toMatchObject({ after: "R1BDOk46MTQz", before: null });
    expect(parse("terug=R1BDOk46MTQz").query).toMatchObject({ after: null, before: "R1BDOk46MTQz" });
    expect(parse("na=abc&terug=def").query).toMatchObject({ after: "abc", before: null });
  });

  it("keeps the default radius out of the URL and any radius without a place", () => {
    expect(agendaHref("/agenda", { ...emptyFilter, place: "Veghel", radiusKm: 10 })).toBe("/agenda?plaats=Veghel");
    expect(agendaHref("/agenda", { ...emptyFilter, radiusKm: 50 })).toBe("/agenda");
  });
});
