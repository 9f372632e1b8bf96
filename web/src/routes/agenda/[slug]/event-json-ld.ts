// schema.org Event data for search engines (JSON-LD in the page head). Times carry the Amsterdam
// offset; all-day events are plain dates. https://schema.org/Event
import { localDays } from "$lib/time";
import { isoWithOffset } from "$lib/time/zoned";

export interface JsonLdVenue {
  name: string;
  street?: string | null;
  postalCode?: string | null;
  city: string;
  latitude?: number | null;
  longitude?: number | null;
}

export interface JsonLdEvent {
  title: string;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  status: string;
  costCents: number;
  signupUrl?: string | null;
  signupOpensAt?: string | null;
  onlineUrl?: string | null;
  venue?: JsonLdVenue | null;
  organisers: readonly { organisation: { slug: string; name: string } }[];
}

export interface JsonLdUrls {
  /** The event page's absolute address. */
  page: string;
  /** The absolute address of an organisation's page. */
  organisation: (slug: string) => string;
}

function place(venue: JsonLdVenue) {
  const hasGeo = venue.latitude != null && venue.longitude != null;
  return {
    "@type": "Place",
    name: venue.name,
    address: {
      "@type": "PostalAddress",
      ...(venue.street ? { streetAddress: venue.street } : {}),
      ...(venue.postalCode ? { postalCode: venue.postalCode } : {}),
      addressLocality: venue.city,
      addressCountry: "NL",
    },
    ...(hasGeo ? { geo: { "@type": "GeoCoordinates", latitude: venue.latitude, longitude: venue.longitude } } : {}),
  };
}

function attendanceMode(event: JsonLdEvent): string {
  if (event.venue && event.onlineUrl) return "https://schema.org/MixedEventAttendanceMode";
  if (event.onlineUrl) return "https://schema.org/OnlineEventAttendanceMode";
  return "https://schema.org/OfflineEventAttendanceMode";
}

export function eventJsonLd(event: JsonLdEvent, urls: JsonLdUrls): Record<string, unknown> {
  const locations = [
    ...(event.venue ? [place(event.venue)] : []),
    ...(event.onlineUrl ? [{ "@type": "VirtualLocation", url: event.onlineUrl }] : []),
  ];
  const days = event.allDay ? localDays(event.startsAt, event.endsAt) : null;

  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description || event.summary,
    url: urls.page,
    inLanguage: "nl",
    startDate: days ? days.first : isoWithOffset(event.startsAt),
    endDate: days ? days.last : isoWithOffset(event.endsAt),
    eventStatus:
      event.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: attendanceMode(event),
    ...(locations.length ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: event.organisers.map(({ organisation }) => ({
      "@type": "Organization",
      name: organisation.name,
      url: urls.organisation(organisation.slug),
    })),
    isAccessibleForFree: event.costCents === 0,
    offers: {
      "@type": "Offer",
      price: event.costCents / 100,
      priceCurrency: "EUR",
      url: event.signupUrl ?? urls.page,
      ...(event.signupOpensAt ? { validFrom: isoWithOffset(event.signupOpensAt) } : {}),
    },
  };
}

/**
 * JSON for inside a <script> element. "<" is written as \u003c so no text can close the element
 * ("</script>") or open a comment; U+2028 and U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
