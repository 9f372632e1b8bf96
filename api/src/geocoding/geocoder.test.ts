// The geocoder against a local Locatieserver: answers, the cache (also of "not found"), and saves
// that go on without coordinates when the geocoder is down or slow.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sql } from "../test/graphql.ts";
import { startFakeLocatieserver, kerkstraat } from "./fake-locatieserver.ts";
import { geocode, geocodeAddress, normalisedQuery } from "./geocoder.ts";

const pdok = await startFakeLocatieserver({ "kerkstraat 1 5341 ab oss": kerkstraat, veghel: { weergavenaam: "Veghel, Meierijstad, Noord-Brabant", lon: 5.55, lat: 51.62, gemeentecode: "1948" } });
afterAll(() => pdok.close());
const options = { baseUrl: pdok.url };

beforeEach(() => {
  pdok.state.mode = "up";
  pdok.state.requests.length = 0;
});

describe("geocoding", () => {
  it("finds an address through the free endpoint, with its point and municipality", async () => {
    expect(await geocodeAddress({ street: "Kerkstraat 1", postalCode: "5341 AB", city: "Oss" }, options)).toEqual({ latitude: 51.7654, longitude: 5.5176, label: "Kerkstraat 1, 5341AB Oss", municipalityCode: "GM0828" });
    expect(pdok.state.requests[0].get("fq")).toBe("type:adres");
    expect(pdok.state.requests[0].get("rows")).toBe("1");
  });

  it("asks for other types of place, for later use by visitors' searches", async () => {
    expect(await geocode("Veghel", { ...options, type: "woonplaats" })).toMatchObject({ latitude: 51.62, longitude: 5.55, municipalityCode: "GM1948" });
    expect(pdok.state.requests[0].get("fq")).toBe("type:woonplaats");
  });

  it("asks once per text: the answer, and 'not found', are cached", async () => {
    await geocode("Kerkstraat 1, 5341 AB  Oss", options);
    expect(await geocode("nergensstraat 9 oss", options)).toBeNull();
    expect(await geocode("Nergensstraat 9  OSS", options)).toBeNull();
    expect(await geocode("KERKSTRAAT 1 5341 AB OSS", options)).toMatchObject({ latitude: 51.7654 });
    expect(pdok.state.requests.map((request) => request.get("q"))).toEqual(["nergensstraat 9 oss"]);
    const [cached] = await sql(`SELECT latitude, label FROM "GeocodeAnswer" WHERE query = $1`, [normalisedQuery("Nergensstraat 9 oss", "adres")]);
    expect(cached).toEqual({ latitude: null, label: null });
  });

  it("gives null when the geocoder is down or slow, says so in the log, and asks again next time", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    pdok.state.mode = "down";
    expect(await geocode("Stationsweg 2 Uden", options)).toBeNull();
    pdok.state.mode = "slow";
    const started = Date.now();
    expect(await geocode("Stationsweg 2 Uden", options)).toBeNull();
    expect(Date.now() - started).toBeLessThan(3900);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0][0]).toMatch(/^Geocoder: no answer for "Stationsweg 2 Uden" \(the Locatieserver answered HTTP 503\)/);
    expect(await sql(`SELECT 1 FROM "GeocodeAnswer" WHERE query = $1`, [normalisedQuery("Stationsweg 2 Uden", "adres")])).toEqual([]);
    warn.mockRestore();
  });

  it("does not ask without a street and a postcode or town, or when switched off", async () => {
    expect(await geocodeAddress({ postalCode: "5341 AB", city: "Oss" }, options)).toBeNull();
    expect(await geocodeAddress({ street: "Kerkstraat 1" }, options)).toBeNull();
    expect(await geocode("Kerkstraat 1 5341 AB Oss", { baseUrl: null })).toBeNull();
    expect(pdok.state.requests).toEqual([]);
  });
});
