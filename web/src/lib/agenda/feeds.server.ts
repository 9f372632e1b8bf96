// What the agenda's feeds share: the events of a query string (the same as the page shows, up to a
// limit), their name, and the HTTP headers and failure response.
import { describeConditions } from "./conditions";
import { fetchEvents, type AgendaEvent } from "./events.server";
import { apiFilterOf, resolveAgenda, type ResolvedAgenda } from "./resolve.server";
import { localDate } from "$lib/time";

/** Enough for a school year of one kind; a feed reader or calendar app needs no more at once. */
export const FEED_MAX_EVENTS = 200;

/**
 * Calendar apps delete what drops out of a subscription: events stay in the calendar feed for this
 * long after they end, so a subscriber's calendar keeps the recent past.
 */
export const CALENDAR_KEEPS_ENDED_DAYS = 30;

/** Short: a cancelled event should reach subscribers soon. */
export const FEED_CACHE_CONTROL = "public, max-age=300";

export interface Feed {
  agenda: ResolvedAgenda;
  events: AgendaEvent[];
  /** E.g. "Agenda Het Techniek Loket: Techniekmarkt, Gemeente: Oss". */
  title: string;
}

export function feedTitle(agenda: ResolvedAgenda, now: Date): string {
  const conditions = describeConditions(agenda.query.filter, agenda.vocabulary, {
    today: localDate(now),
    placeName: agenda.place?.name,
    organisationName: agenda.organisationName,
  });
  const base = "Agenda Het Techniek Loket";
  return conditions.length ? `${base}: ${conditions.map((c) => c.label).join(", ")}` : base;
}

/**
 * The events of the filter in `url` that have not ended, or that ended after `endedSince`; null when
 * the API cannot be reached.
 */
export async function loadFeed(
  fetch: typeof globalThis.fetch,
  url: URL,
  { now = new Date(), endedSince = now }: { now?: Date; endedSince?: Date } = {},
): Promise<Feed | null> {
  const agenda = await resolveAgenda(fetch, url.searchParams);
  if (!agenda) return null;
  const filter = apiFilterOf(agenda, { now, endedSince });
  const fetched = filter ? await fetchEvents(fetch, filter, FEED_MAX_EVENTS) : { events: [], totalCount: 0 };
  if (!fetched) return null;
  return { agenda, events: fetched.events, title: feedTitle(agenda, now) };
}

/** A feed reader retries later; a person opening the link reads why. */
export function feedUnavailable(): Response {
  return new Response("De agenda is even niet bereikbaar. Probeer het over een paar minuten opnieuw.\n", {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "300", "cache-control": "no-store" },
  });
}
