// iCalendar (RFC 5545) for the site's agenda subscriptions and downloads and for the API's sign-up
// mails, via ical-generator: one builder, so an event carries the same UID and SEQUENCE wherever a
// calendar app meets it and updates one entry instead of adding a second.
// Timed events are written in UTC (…Z), which every calendar app shows in its own zone without
// needing a VTIMEZONE; all-day events are DATE values of their Amsterdam days, so they stay on
// the right days wherever the reader lives.
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from "ical-generator";

type Instant = string | Date;

/** An event as the API describes it (the fields of `Event` the calendar needs). */
export interface CalendarEvent {
  /** The event's global ID in the API, e.g. "RXZlbnQ6MQ==": the stable part of the UID. */
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: string;
  cancellationReason?: string | null;
  startsAt: Instant;
  endsAt: Instant;
  allDay: boolean;
  sequence: number;
  updatedAt: Instant;
  venue: CalendarVenue | null;
  organisers: readonly { organisation: { name: string } }[];
  /** The kind of event in Dutch for CATEGORIES, e.g. "Techniekmarkt"; none when omitted. */
  category?: string;
}

export interface CalendarVenue {
  name: string;
  street?: string | null;
  postalCode?: string | null;
  city: string;
}

export interface CalendarOptions {
  /** X-WR-CALNAME: the name a calendar app gives the subscription. */
  name: string;
  /** The site's origin, for event links and UIDs, e.g. https://www.hettechniekloket.nl. */
  origin: string;
  /** Where the calendar itself lives. */
  url?: string;
}

/** Calendar apps poll subscriptions; once an hour keeps them current without hammering the site. */
const REFRESH_SECONDS = 3600;

// en-CA writes a day as YYYY-MM-DD; the network's calendar is Amsterdam's.
const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The first and last Amsterdam day of an event. An event that ends at local midnight, as the API
 * ends an all-day event, ends on the day before.
 */
function localDays(startsAt: Date, endsAt: Date): { first: string; last: string } {
  const last = endsAt > startsAt ? new Date(endsAt.getTime() - 1) : startsAt;
  return { first: amsterdamDay.format(startsAt), last: amsterdamDay.format(last) };
}

/** A DATE value: ical-generator writes a Date's UTC day, so hand it the local day at UTC midnight. */
function dateValue(day: string, plusDays = 0): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + plusDays * 86_400_000);
}

/** "Sporthal De Rusheuvel, Molenstraat 1, 5341 AB Oss"; "Online" without a venue. */
export function locationText(venue: CalendarVenue | null): string {
  if (!venue) return "Online";
  const town = [venue.postalCode, venue.city].filter(Boolean).join(" ");
  return [venue.name, venue.street, town].filter(Boolean).join(", ");
}

function descriptionOf(event: CalendarEvent, url: string): string {
  const parts: string[] = [];
  if (event.status === "CANCELLED") {
    parts.push(`Deze activiteit gaat niet door.${event.cancellationReason ? ` ${event.cancellationReason}` : ""}`);
  }
  parts.push(event.summary);
  const organisers = event.organisers.map((o) => o.organisation.name);
  if (organisers.length) parts.push(`Organisatie: ${organisers.join(", ")}`);
  parts.push(`Meer informatie en aanmelden: ${url}`);
  return parts.join("\n\n");
}

/** The VEVENT data of one event; the UID is stable across feeds, downloads, mails and data changes. */
export function calendarEvent(event: CalendarEvent, origin: string): ICalEventData {
  const url = new URL(`/agenda/${encodeURIComponent(event.slug)}`, origin).href;
  const updated = new Date(event.updatedAt);
  const cancelled = event.status === "CANCELLED";
  const data: ICalEventData = {
    id: `${event.id}@${new URL(origin).host}`,
    sequence: event.sequence,
    stamp: updated,
    lastModified: updated,
    summary: cancelled ? `Geannuleerd: ${event.title}` : event.title,
    description: descriptionOf(event, url),
    location: locationText(event.venue),
    url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    categories: event.category ? [{ name: event.category }] : [],
    start: new Date(event.startsAt),
    end: new Date(event.endsAt),
  };
  if (event.allDay) {
    // DTEND of a DATE event is exclusive: the day after the last local day.
    data.allDay = true;
    const { first, last } = localDays(new Date(event.startsAt), new Date(event.endsAt));
    data.start = dateValue(first);
    data.end = dateValue(last, 1);
  }
  return data;
}

/**
 * RFC 5545 TEXT escaping for the calendar's name, which ical-generator writes verbatim; the name
 * holds the visitor's search text, so a line break must not start a new property.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\s\u0000-\u001f\u007f]+/g, " ")
    .trim();
}

/** A whole calendar as text/calendar. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: escapeText(options.name),
    prodId: { company: "Het Techniek Loket", product: "Agenda", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
    url: options.url ?? null,
    events: events.map((event) => calendarEvent(event, options.origin)),
  });
  return calendar.toString();
}

/** A file name from a slug: letters, digits and dashes only, so no header injection. */
export function icsFileName(slug: string): string {
  return `${slug.replace(/[^a-z0-9-]/gi, "-").slice(0, 100) || "activiteit"}.ics`;
}
