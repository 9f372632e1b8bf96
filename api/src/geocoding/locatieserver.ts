// A client of PDOK's Locatieserver (the Dutch government's free geocoder), its `free` endpoint:
// one best answer of a type for a text query. It only asks and reads; caching and what to do when
// PDOK is down live in geocoder.ts.
import { z } from "zod";

/** The kinds of objects the Locatieserver knows (its `type` field), those this platform asks for. */
export type LocationType = "adres" | "postcode" | "woonplaats" | "gemeente";

export interface Location {
  latitude: number;
  longitude: number;
  /** The Locatieserver's name of what it found, e.g. "Kerkstraat 1, 5341AB Oss". */
  label: string;
  /** CBS code of the municipality, e.g. GM0828; null when the answer names none. */
  municipalityCode: string | null;
}

// The documented answer: response.docs[] with (among much else) weergavenaam, centroide_ll as
// "POINT(lon lat)" in WGS 84, and gemeentecode as four digits.
const answer = z.object({
  response: z.object({
    docs: z.array(
      z.object({
        weergavenaam: z.string(),
        centroide_ll: z.string(),
        gemeentecode: z.string().optional(),
      }),
    ),
  }),
});

const POINT = /^POINT\((-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)\)$/;

/**
 * The best match for `query` among objects of `type`, or null when there is none. Throws when the
 * Locatieserver cannot be reached in time or answers something else than its documented shape.
 */
export async function searchLocatieserver(baseUrl: string, query: string, type: LocationType, timeoutMs: number): Promise<Location | null> {
  const url = new URL(`${baseUrl}/free`);
  url.search = new URLSearchParams({ q: query, fq: `type:${type}`, rows: "1", fl: "weergavenaam,centroide_ll,gemeentecode" }).toString();
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`the Locatieserver answered HTTP ${response.status}`);
  const [doc] = answer.parse(await response.json()).response.docs;
  if (!doc) return null;
  const point = POINT.exec(doc.centroide_ll.trim());
  if (!point) throw new Error(`the Locatieserver gave no point: ${JSON.stringify(doc.centroide_ll)}`);
  return {
    longitude: Number(point[1]),
    latitude: Number(point[2]),
    label: doc.weergavenaam,
    municipalityCode: doc.gemeentecode ? `GM${doc.gemeentecode.padStart(4, "0")}` : null,
  };
}
