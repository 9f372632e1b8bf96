// How far an event's venue is from the place a visitor filters by, as the crow flies, for the
// agenda's cards ("3,2 km van Veghel").

export interface Point {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;

/** The great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

const oneDecimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });

/** "3,2 km van Veghel"; under 10 km with one decimal, whole kilometres beyond; null without coordinates. */
export function distanceText(venue: { latitude?: number | null; longitude?: number | null } | null | undefined, from: Point & { name: string }): string | null {
  if (venue?.latitude == null || venue.longitude == null) return null;
  const km = distanceKm(from, { latitude: venue.latitude, longitude: venue.longitude });
  return `${(km < 10 ? oneDecimal : whole).format(km)} km van ${from.name}`;
}
