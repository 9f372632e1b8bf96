// For a test file that saves addresses through the API: imported before anything that reads env.ts,
// it starts a local Locatieserver and points GEOCODER_URL at it (the other tests run with it off).
import { afterAll } from "vitest";
import { kerkstraat, startFakeLocatieserver } from "./fake-locatieserver.ts";

export const pdok = await startFakeLocatieserver({
  "kerkstraat 1 5341 ab oss": kerkstraat,
  "markt 5 veghel": { weergavenaam: "Markt 5, 5461JG Veghel", lon: 5.5489, lat: 51.6167, gemeentecode: "1948" },
});
process.env.GEOCODER_URL = pdok.url;
afterAll(() => pdok.close());
