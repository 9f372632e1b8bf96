// The landing pages of one kind of event (/techniekmarkten, /netwerkbijeenkomsten): its upcoming
// events, and the addresses of the agenda and the feeds filtered to that kind.
import type { EventKind } from "$lib/graphql/generated/graphql";
import { agendaInstants, eventFilterInput } from "./api-filter";
import { fetchEventsPage, type AgendaEvent } from "./events.server";
import { feedLinks, type FeedLinks } from "./feed-links";
import { agendaHref, emptyFilter } from "./filter";
import { withCardNotes, type CardNotes } from "./card-notes";

const LANDING_PAGE_SIZE = 12;

export interface KindLanding {
  /** Null when the API cannot be reached: the page says so and keeps its introduction. */
  events: (AgendaEvent & { notes: CardNotes })[] | null;
  totalCount: number;
  agendaHref: string;
  feeds: FeedLinks;
}

export async function loadKindLanding(fetch: typeof globalThis.fetch, kind: EventKind, origin: string): Promise<KindLanding> {
  const filter = { ...emptyFilter, kinds: [kind] };
  const links = { agendaHref: agendaHref("/agenda", filter), feeds: feedLinks(filter, origin) };
  const instants = agendaInstants(filter, { now: new Date() });
  const result = instants ? await fetchEventsPage(fetch, eventFilterInput(filter, instants), { first: LANDING_PAGE_SIZE }) : null;
  if (!result || !("page" in result)) return { events: null, totalCount: 0, ...links };
  return { events: withCardNotes(result.page.events), totalCount: result.page.totalCount, ...links };
}
