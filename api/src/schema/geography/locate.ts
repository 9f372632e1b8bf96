// A town name or a Dutch postcode to a point, for the agenda's distance filter. PDOK's
// Locatieserver knows every postcode and place in the country (answers cached in the database by
// the geocoder); when it is off or cannot be reached, the addresses the network itself holds
// answer instead. Common names ("Den Bosch") are known without either (PlaceAlias).
import { db } from "../../db.ts";
import { geocode } from "../../geocoding/geocoder.ts";
import { escapeLike } from "../filters.ts";

export interface LocatedPlace {
  name: string;
  latitude: number;
  longitude: number;
}

/** Addresses with a point on the map. */
export const located = { latitude: { not: null }, longitude: { not: null } } as const;

/** The mean point of the network's addresses that match; null when it holds none. */
async function centreOf(name: string, where: { city?: { equals: string; mode: "insensitive" }; postalCode?: { startsWith: string } }): Promise<LocatedPlace | null> {
  const [organisations, venues] = await Promise.all([
    db.organisation.aggregate({ where: { ...where, ...located }, _avg: { latitude: true, longitude: true }, _count: true }),
    db.venue.aggregate({ where: { ...where, ...located }, _avg: { latitude: true, longitude: true }, _count: true }),
  ]);
  const count = organisations._count + venues._count;
  if (!count) return null;
  const mean = (key: "latitude" | "longitude") =>
    ((organisations._avg[key] ?? 0) * organisations._count + (venues._avg[key] ?? 0) * venues._count) / count;
  return { name, latitude: mean("latitude"), longitude: mean("longitude") };
}

/** The official name of a place people call otherwise ("Den Bosch": 's-Hertogenbosch), else the text itself. */
async function officialName(text: string): Promise<string> {
  const alias = await db.placeAlias.findFirst({ where: { alias: { equals: escapeLike(text), mode: "insensitive" } }, select: { name: true } });
  return alias?.name ?? text;
}

export async function locatePlace(query: string): Promise<LocatedPlace | null> {
  const text = query.trim().replace(/\s+/g, " ");
  if (!text) return null;
  const postcode = /^(\d{4}) ?([a-z]{2})?$/i.exec(text);
  if (postcode) {
    const [, digits, letters] = postcode;
    const name = letters ? `${digits} ${letters.toUpperCase()}` : digits;
    // PDOK's postcodes have six characters; for four digits its best match lies in that area.
    const found = await geocode(letters ? `${digits}${letters}` : digits, { type: "postcode" });
    return found ? { name, latitude: found.latitude, longitude: found.longitude } : centreOf(name, { postalCode: { startsWith: digits } });
  }
  const name = await officialName(text);
  const found = await geocode(name, { type: "woonplaats" });
  // PDOK names a place with its municipality and province ("Vorstenbosch, Bernheze, Noord-Brabant").
  if (found) return { name: found.label.split(",")[0].trim() || name, latitude: found.latitude, longitude: found.longitude };
  // Prisma compares case-insensitively with ILIKE, where % and _ are wildcards.
  return centreOf(name, { city: { equals: escapeLike(name), mode: "insensitive" } });
}
