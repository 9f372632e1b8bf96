// Geocoding: a text (an address, a postcode, a town) to a point, through PDOK's Locatieserver when
// GEOCODER_URL is set. Every answer is kept in GeocodeAnswer, "not found" too, so a text is asked
// once. The geocoder is a convenience: when it is down or slow, callers get null and go on (a save
// without coordinates), and the server log says why.
import { db } from "../db.ts";
import { env } from "../env.ts";
import { searchLocatieserver, type Location, type LocationType } from "./locatieserver.ts";

export type { Location, LocationType };

/** Long enough for PDOK on a bad day, short enough that an editor's save does not hang on it. */
const TIMEOUT_MS = 3000;

export interface GeocodeOptions {
  /** What to look for; an address by default. */
  type?: LocationType;
  /** The Locatieserver to ask; GEOCODER_URL by default, null for none. */
  baseUrl?: string | null;
}

/** The cache key: the type and the text, lower case, with single spaces. */
export const normalisedQuery = (query: string, type: LocationType) => `${type}:${query.toLowerCase().replace(/[\s,]+/g, " ").trim()}`;

/** The point for a text, from the cache or the Locatieserver; null when nothing was found or the geocoder is off or down. */
export async function geocode(query: string, { type = "adres", baseUrl = env.GEOCODER_URL }: GeocodeOptions = {}): Promise<Location | null> {
  const key = normalisedQuery(query, type);
  if (!baseUrl || key === `${type}:`) return null;
  const cached = await db.geocodeAnswer.findUnique({ where: { query: key } });
  if (cached) return cached.latitude === null || cached.longitude === null ? null : { latitude: cached.latitude, longitude: cached.longitude, label: cached.label ?? "", municipalityCode: cached.municipalityCode };
  let found: Location | null;
  try {
    found = await searchLocatieserver(baseUrl, query, type, TIMEOUT_MS);
  } catch (error) {
    // Not cached: the next save asks again.
    console.warn(`Geocoder: no answer for ${JSON.stringify(query)} (${error instanceof Error ? error.message : String(error)}); going on without it`);
    return null;
  }
  const data = { latitude: found?.latitude ?? null, longitude: found?.longitude ?? null, label: found?.label ?? null, municipalityCode: found?.municipalityCode ?? null, fetchedAt: new Date() };
  // Two saves of one address may ask at once; the later answer simply replaces the earlier.
  await db.geocodeAnswer.upsert({ where: { query: key }, create: { query: key, ...data }, update: data });
  return found;
}

export interface Address {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

/** The point of a street address; null without a street and a postcode or town to find it by. */
export function geocodeAddress({ street, postalCode, city }: Address, options: Omit<GeocodeOptions, "type"> = {}): Promise<Location | null> {
  // One spelling of a postcode (5341 AB), so "5341ab" and "5341 AB" share an answer in the cache.
  const postcode = postalCode?.trim().toUpperCase().replace(/^(\d{4})\s*([A-Z]{2})$/, "$1 $2");
  const parts = [street, postcode, city].map((part) => part?.trim() ?? "");
  if (!parts[0] || !(parts[1] || parts[2])) return Promise.resolve(null);
  return geocode(parts.filter(Boolean).join(" "), { ...options, type: "adres" });
}

export interface Coordinates {
  latitude?: number | null;
  longitude?: number | null;
}

/** The coordinates to save with an address: the typed ones when given (they always win), else the geocoder's, else none. */
export async function coordinatesOf(address: Address & Coordinates): Promise<{ latitude: number | null; longitude: number | null }> {
  if (address.latitude != null && address.longitude != null) return { latitude: address.latitude, longitude: address.longitude };
  const found = await geocodeAddress(address);
  return { latitude: found?.latitude ?? null, longitude: found?.longitude ?? null };
}
