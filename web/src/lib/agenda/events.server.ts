// The agenda's GraphQL documents and the requests built on them, shared by the agenda page, its
// feeds and the landing pages. Every function returns null when the API cannot answer, so each
// caller decides how to say so (a Dutch notice on a page, a 503 for a feed), and throws a 400 when
// the API refused the visitor's input: a bad address is not an outage.
import { graphql, useFragment } from "$lib/graphql/generated";
import { dataOrNull, queryApiOrFailure, queryApiOrNull } from "$lib/server/api";
import type { AgendaEventFieldsFragment, EventFilter, EventOrder } from "$lib/graphql/generated/graphql";
import type { AgendaVocabulary } from "./vocabulary";

const AgendaEventFields = graphql(`
  fragment AgendaEventFields on Event {
    id
    slug
    title
    summary
    kind
    status
    cancellationReason
    startsAt
    endsAt
    allDay
    sequence
    updatedAt
    image {
      ...PictureFields
    }
    venue {
      name
      street
      postalCode
      city
      latitude
      longitude
    }
    organisers {
      organisation {
        name
      }
    }
    signupMode
    audiences {
      sector
    }
    signupAvailability {
      isOpen
      remaining
      waitingCount
    }
  }
`);

const AgendaVocabularyQuery = graphql(`
  query AgendaVocabulary($place: String!, $withPlace: Boolean!, $organisation: String!, $withOrganisation: Boolean!) {
    municipalities {
      slug
      name
    }
    audiences {
      code
      name
      sector
    }
    profiles {
      code
      name
    }
    actionLines {
      number
      title
    }
    themes {
      slug
      name
    }
    organisation(slug: $organisation) @include(if: $withOrganisation) {
      name
    }
    locate(query: $place) @include(if: $withPlace) {
      name
      latitude
      longitude
    }
  }
`);

const AgendaEventsQuery = graphql(`
  query AgendaEvents($filter: EventFilter!, $order: EventOrder, $first: Int, $after: String, $last: Int, $before: String) {
    events(filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...AgendaEventFields
        }
      }
    }
  }
`);

const AgendaEventBySlugQuery = graphql(`
  query AgendaEventBySlug($slug: String!) {
    event(slug: $slug) {
      ...AgendaEventFields
    }
  }
`);

/** One event as the agenda lists it and the feeds publish it. */
export type AgendaEvent = AgendaEventFieldsFragment;

export interface Place {
  name: string;
  latitude: number;
  longitude: number;
}

/** The form's choices, and the place of the distance filter (null when the API knows none). */
export async function fetchVocabulary(
  fetch: typeof globalThis.fetch,
  place: string | null,
  organisation: string | null = null,
): Promise<{ vocabulary: AgendaVocabulary; place: Place | null; organisationName: string | null } | null> {
  const variables = {
    place: place ?? "",
    withPlace: Boolean(place),
    organisation: organisation ?? "",
    withOrganisation: Boolean(organisation),
  };
  const data = await queryApiOrNull(fetch, AgendaVocabularyQuery, variables, "Agenda vocabulary");
  if (!data) return null;
  const { locate, organisation: organiser, ...vocabulary } = data;
  return { vocabulary, place: locate ?? null, organisationName: organiser?.name ?? null };
}

export interface EventsPage {
  events: AgendaEvent[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
}

export type PageRequest = { first: number; after?: string | null } | { last: number; before: string };

/**
 * One page of the agenda, in date order or (`RELEVANCE`, for a search) best matches first.
 * `badCursor` is set when the API refused only the cursor (a page link from before a reset of the
 * data, or a mangled one), so the caller can fall back to page one.
 */
export async function fetchEventsPage(
  fetch: typeof globalThis.fetch,
  filter: EventFilter,
  page: PageRequest,
  order?: EventOrder,
): Promise<{ page: EventsPage } | { badCursor: true } | null> {
  const cursor = "after" in page ? page.after : "before" in page ? page.before : null;
  let cursorRefused = false;
  const answer = await queryApiOrFailure(fetch, AgendaEventsQuery, { filter, order, ...page }, "Agenda events", {
    refused: (messages) => {
      cursorRefused = Boolean(cursor) && messages.some((message) => /cursor/i.test(message));
    },
  });
  if (!("data" in answer) && cursorRefused) return { badCursor: true };
  const data = dataOrNull(answer);
  if (!data) return null;
  const { totalCount, pageInfo, edges } = data.events;
  return { page: { totalCount, pageInfo, events: edges.map((edge) => useFragment(AgendaEventFields, edge.node)) } };
}

/** The API's largest page. */
const API_PAGE_SIZE = 100;

/** Up to `max` events in agenda order, paging through the API; for feeds and the month view. */
export async function fetchEvents(
  fetch: typeof globalThis.fetch,
  filter: EventFilter,
  max: number,
): Promise<{ events: AgendaEvent[]; totalCount: number } | null> {
  const events: AgendaEvent[] = [];
  let after: string | null = null;
  let totalCount = 0;
  while (events.length < max) {
    const result = await fetchEventsPage(fetch, filter, { first: Math.min(API_PAGE_SIZE, max - events.length), after });
    if (!result || !("page" in result)) return null;
    events.push(...result.page.events);
    totalCount = result.page.totalCount;
    if (!result.page.pageInfo.hasNextPage || !result.page.pageInfo.endCursor) break;
    after = result.page.pageInfo.endCursor;
  }
  return { events, totalCount };
}

/** One published or cancelled event; undefined when there is none, null when the API failed. */
export async function fetchEventBySlug(fetch: typeof globalThis.fetch, slug: string): Promise<AgendaEvent | undefined | null> {
  const data = await queryApiOrNull(fetch, AgendaEventBySlugQuery, { slug }, "Agenda event");
  if (!data) return null;
  return data.event ? useFragment(AgendaEventFields, data.event) : undefined;
}
