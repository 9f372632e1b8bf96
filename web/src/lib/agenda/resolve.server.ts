// From a query string to everything the agenda and its feeds need before they ask for events: the
// checked filter, the notices about what was ignored, the vocabularies and the resolved place.
// The page and the feeds share it, so a feed holds exactly what the page with that URL lists.
import type { EventFilter } from "$lib/graphql/generated/graphql";
import { agendaInstants, eventFilterInput } from "./api-filter";
import { ignoredNotice, parseAgendaQuery, type AgendaQuery } from "./filter";
import { fetchVocabulary, type Place } from "./events.server";
import { checkAgainstVocabulary, type AgendaVocabulary } from "./vocabulary";

export interface ResolvedAgenda {
  query: AgendaQuery;
  notices: string[];
  vocabulary: AgendaVocabulary;
  /** The place of the distance filter, when the API knows it. */
  place: Place | null;
  /** The name of the organiser filtered on, when the API knows it. */
  organisationName: string | null;
}

export const UNKNOWN_PLACE_NOTICE = "We kennen die plaats of postcode niet. We tonen activiteiten in de hele regio.";

/** Null when the API cannot be reached. */
export async function resolveAgenda(fetch: typeof globalThis.fetch, params: URLSearchParams): Promise<ResolvedAgenda | null> {
  const parsed = parseAgendaQuery(params);
  const fetched = await fetchVocabulary(fetch, parsed.query.filter.place, parsed.query.filter.organisation);
  if (!fetched) return null;

  let checked = checkAgainstVocabulary(parsed.query.filter, fetched.vocabulary);
  const notices = [...parsed.notices, ...checked.notices];
  if (checked.filter.place && !fetched.place) notices.push(UNKNOWN_PLACE_NOTICE);
  if (checked.filter.organisation && !fetched.organisationName) {
    notices.push(ignoredNotice("organisatie", checked.filter.organisation));
    checked.filter = { ...checked.filter, organisation: null };
  }
  return {
    query: { ...parsed.query, filter: checked.filter },
    notices: [...new Set(notices)],
    vocabulary: fetched.vocabulary,
    place: fetched.place,
    organisationName: fetched.organisationName,
  };
}

/** The API filter of a resolved agenda; null when its conditions exclude each other. */
export function apiFilterOf(
  agenda: ResolvedAgenda,
  options: { now: Date; month?: string | null; endedSince?: Date },
): EventFilter | null {
  const instants = agendaInstants(agenda.query.filter, options);
  if (!instants) return null;
  return eventFilterInput(agenda.query.filter, instants, agenda.place);
}
