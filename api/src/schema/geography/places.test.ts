import { describe, expect, it } from "vitest";
import { graphql, query, sql } from "../../test/graphql.ts";

describe("places", () => {
  it("lists the network's towns with a point", async () => {
    const { places } = await query(`{ places(region: "noordoost-brabant") { name latitude longitude } }`);
    const names = places.map((place: any) => place.name);
    expect(names).toContain("Veghel");
    expect(names).toEqual([...names].sort());
    expect(places.every((p: any) => p.latitude > 51 && p.latitude < 52 && p.longitude > 5 && p.longitude < 6.2)).toBe(true);
  });

  it("locates a town name regardless of case, and a postcode with or without letters", async () => {
    const town = await query(`{ locate(query: "veghel") { name latitude longitude } }`);
    expect(town.locate.latitude).toBeCloseTo(51.62, 1);
    const [{ postalCode }] = await sql(`SELECT "postalCode" FROM "Organisation" WHERE "postalCode" IS NOT NULL ORDER BY id LIMIT 1`);
    const digits = postalCode.slice(0, 4);
    const short = await query(`query($q: String!) { locate(query: $q) { name } }`, { q: digits });
    const full = await query(`query($q: String!) { locate(query: $q) { name latitude } }`, { q: `${digits} ZZ` });
    expect(short.locate.name).toBe(digits);
    expect(full.locate.latitude).toBeGreaterThan(51);
  });

  it("answers null for a place the network has no address in, or for nothing at all", async () => {
    expect((await query(`{ locate(query: "Groningen") { name } }`)).locate).toBeNull();
    expect((await query(`{ locate(query: "  ") { name } }`)).locate).toBeNull();
    const long = await graphql(`query($q: String!) { locate(query: $q) { name } }`, { q: "x".repeat(101) });
    expect(long.errors?.[0].message).toBe("query must be at most 100 characters");
  });
});
