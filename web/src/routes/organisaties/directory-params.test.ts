import { describe, expect, it } from "vitest";
import { param as agendaParam } from "$lib/agenda/url-values";
import { directoryHref, formerParams, hasFilters, PAGE_SIZE, param, readDirectoryParams, toApiFilter, toApiPage } from "./directory-params";

const read = (query: string) => readDirectoryParams(new URLSearchParams(query));

describe("readDirectoryParams", () => {
  it("reads the Dutch parameters", () => {
    expect(read("soort=vmbo-school&gemeente=oss&profiel=pie&tekst=%20ambacht%20")).toEqual({
      kind: "VMBO_SCHOOL",
      municipality: "oss",
      profile: "pie",
      text: "ambacht",
      after: null,
      before: null,
    });
  });

  it("ignores unknown kinds, malformed values and empty fields", () => {
    expect(read("soort=kasteel&gemeente=%3Cscript%3E&profiel=a%20b&tekst=")).toEqual({
      kind: null,
      municipality: null,
      profile: null,
      text: null,
      after: null,
      before: null,
    });
  });

  it("accepts upper case", () => {
    expect(read("soort=BEDRIJF&profiel=MT")).toMatchObject({ kind: "COMPANY", profile: "mt" });
  });

  it("takes one paging direction, forwards first", () => {
    expect(read("na=abc&terug=def")).toMatchObject({ after: "abc", before: null });
    expect(read("terug=def")).toMatchObject({ after: null, before: "def" });
  });
});

describe("toApiFilter and toApiPage", () => {
  it("turns the parameters into the API's filter", () => {
    expect(toApiFilter(read("soort=vmbo-school&gemeente=oss&profiel=pie&tekst=ambacht"))).toEqual({
      kinds: ["VMBO_SCHOOL"],
      municipalities: ["oss"],
      profiles: ["PIE"],
      text: "ambacht",
    });
    expect(toApiFilter(read(""))).toEqual({});
  });

  it("pages forwards and backwards", () => {
    expect(toApiPage(read("na=abc"))).toEqual({ first: PAGE_SIZE, after: "abc" });
    expect(toApiPage(read("terug=def"))).toEqual({ last: PAGE_SIZE, before: "def" });
    expect(toApiPage(read(""))).toEqual({ first: PAGE_SIZE, after: null });
  });
});

describe("directoryHref", () => {
  it("keeps the filters and adds the cursor", () => {
    expect(directoryHref(read("profiel=pie&soort=vmbo-school&na=old"), { after: "c/1=" })).toBe(
      "/organisaties?soort=vmbo-school&profiel=pie&na=c%2F1%3D",
    );
  });

  it("is the bare directory without filters", () => {
    expect(directoryHref(read("na=x"))).toBe("/organisaties");
    expect(hasFilters(read("na=x"))).toBe(false);
    expect(hasFilters(read("gemeente=oss"))).toBe(true);
  });
});

describe("parameter names", () => {
  it("mean what they mean on the agenda, and the former ones are no current name there", () => {
    for (const [meaning, name] of Object.entries(param)) expect(agendaParam[meaning as keyof typeof param]).toBe(name);
    expect(formerParams).toEqual({ zoek: "tekst", voor: "terug" });
  });
});
