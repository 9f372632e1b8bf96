// For a test file that saves addresses or locates places through the API: imported before anything that reads env.ts,
// it starts a local Locatieserver and points GEOCODER_URL at it (the other tests run with it off).
import { afterAll } from "vitest";
import { kerkstraat, startFakeLocatieserver } from "./fake-locatieserver.ts";

export const pdok = await startFakeLocatieserver({
  "kerkstraat 1 5341 ab oss": kerkstraat,
  "markt 5 veghel": { weergavenaam: "Markt 5, 5461JG Veghel", lon: 5.5489, lat: 51.6167, gemeentecode: "1948" },
  // Places and postcodes for `locate`.
  "5341ab": { weergavenaam: "5341AB Oss", lon: 5.5176, lat: 51.7654, gemeentecode: "0828" },
  "5341": { weergavenaam: "5341AA Oss", lon: 5.5152, lat: 51.7671, gemeentecode: "0828" },
  "'s-hertogenbosch": { weergavenaam: "'s-Hertogenbosch, 's-Hertogenbosch, Noord-Brabant", lon: 5.3037, lat: 51.6906, gemeentecode: "0796" },
  vorstenbosch: { weergavenaam: "Vorstenbosch, Bernheze, Noord-Brabant", lon: 5.5872, lat: 51.6547, gemeentecode: "1721" },
});
process.env.GEOCODER_URL = pdok.url;
afterAll(() => pdok.close());
