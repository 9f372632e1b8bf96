// `locate` asks PDOK's Locatieserver (a local stand-in here) for any Dutch place or postcode, keeps
// the answers, knows common names, and falls back to the network's own addresses when PDOK is down.
import { pdok } from "../../geocoding/fake-geocoder-env.ts";
import { describe, expect, it } from "vitest";
import { query } from "../../test/graphql.ts";

const locate = async (q: string) => (await query(`query($q: String!) { locate(query: $q) { name latitude longitude } }`, { q })).locate;

describe("locate through PDOK", () => {
  it("finds full and short postcodes, common names and villages the network has no address in", async () => {
    expect(await locate("5341 AB")).toEqual({ name: "5341 AB", latitude: 51.7654, longitude: 5.5176 });
    expect(await locate("5341ab")).toEqual({ name: "5341 AB", latitude: 51.7654, longitude: 5.5176 });
    expect(await locate("5341")).toEqual({ name: "5341", latitude: 51.7671, longitude: 5.5152 });
    expect(await locate("Den Bosch")).toEqual({ name: "'s-Hertogenbosch", latitude: 51.6906, longitude: 5.3037 });
    expect(await locate("vorstenbosch")).toEqual({ name: "Vorstenbosch", latitude: 51.6547, longitude: 5.5872 });
    const asked = pdok.state.requests.map((params) => [params.get("q"), params.get("fq")]);
    expect(asked).toEqual(expect.arrayContaining([["5341AB", "type:postcode"], ["'s-Hertogenbosch", "type:woonplaats"]]));
  });

  it("asks PDOK once per text, and uses the network's addresses while PDOK is down", async () => {
    await locate("Vorstenbosch");
    const before = pdok.state.requests.length;
    expect(await locate("VORSTENBOSCH")).toMatchObject({ name: "Vorstenbosch" });
    expect(pdok.state.requests.length).toBe(before);

    pdok.state.mode = "down";
    try {
      const veghel = await locate("Veghel");
      expect(veghel.name).toBe("Veghel");
      expect(veghel.latitude).toBeCloseTo(51.62, 1);
      expect(await locate("Nergenshuizen")).toBeNull();
    } finally {
      pdok.state.mode = "up";
    }
  });
});
