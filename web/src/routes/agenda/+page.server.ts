// The agenda: upcoming events for a filter in the query string, as a paged list or a month.
import { error, redirect } from "@sveltejs/kit";
import { API_DOWN_MESSAGE } from "$lib/server/api";
import { agendaHref, hasConditions, type AgendaQuery } from "$lib/agenda/filter";
import { describeConditions } from "$lib/agenda/conditions";
import { fetchEvents, fetchEventsPage, type PageRequest } from "$lib/agenda/events.server";
import { feedLinks } from "$lib/agenda/feed-links";
import { tidyFormQuery } from "$lib/agenda/form-query";
import { withCardNotes } from "$lib/agenda/card-notes";
import { buildMonth } from "$lib/agenda/month-calendar";
import { agendaFormChoices } from "$lib/agenda/form-choices";
import { apiFilterOf, resolveAgenda, type ResolvedAgenda } from "$lib/agenda/resolve.server";
import { addMonths, localDate, monthOf } from "$lib/time";
import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 20;
/** A month rarely holds more; the month view says so when it does. */
const MONTH_MAX_EVENTS = 300;
const PAGE_LINK_EXPIRED = "Die paginalink werkt niet meer. We tonen de eerste pagina.";

export const load: PageServerLoad = async ({ fetch, url }) => {
  // A GET form sends its empty fields too; redirect to the short address a person would share.
  const tidy = tidyFormQuery(url.searchParams);
  if (tidy) redirect(302, tidy.size ? `${url.pathname}?${tidy}` : url.pathname);

  const now = new Date();
  const today = localDate(now);
  const agenda = await resolveAgenda(fetch, url.searchParams);
  // Without the API there is no agenda: 503 with the site's Dutch error page (and Retry-After).
  if (!agenda) error(503, API_DOWN_MESSAGE);

  const { query, vocabulary, place } = agenda;
  const month = query.view === "maand" ? (query.month ?? monthOf(query.filter.from ?? today)) : null;
  const keep = { view: query.view, month: query.month ? month : null };
  const common = {
    today,
    filter: query.filter,
    view: query.view,
    vocabulary,
    formChoices: agendaFormChoices(query.filter, vocabulary, today),
    placeName: place?.name ?? null,
    filtered: hasConditions(query.filter),
    conditions: describeConditions(query.filter, vocabulary, { today, placeName: place?.name, organisationName: agenda.organisationName }).map((c) => ({
      label: c.label,
      href: agendaHref("/agenda", c.without, keep),
    })),
    listHref: agendaHref("/agenda", query.filter),
    monthHref: agendaHref("/agenda", query.filter, { view: "maand", month }),
    feeds: feedLinks(query.filter, url.origin),
  };

  if (month) {
    const calendar = await loadMonth(fetch, agenda, month, now);
    if (!calendar) error(503, API_DOWN_MESSAGE);
    return {
      ...common,
      notices: agenda.notices,
      calendar: {
        totalCount: calendar.totalCount,
        shown: calendar.events.length,
        // The grid is laid out here, so the page's JavaScript carries no calendar arithmetic.
        grid: buildMonth(month, calendar.events, today),
        month,
        previousHref: agendaHref("/agenda", query.filter, { view: "maand", month: addMonths(month, -1) }),
        nextHref: agendaHref("/agenda", query.filter, { view: "maand", month: addMonths(month, 1) }),
      },
    };
  }

  const notices = [...agenda.notices];
  const list = await loadListPage(fetch, agenda, now, notices);
  if (!list) error(503, API_DOWN_MESSAGE);
  return { ...common, notices, list: { ...list, events: withCardNotes(list.events, place) } };
};

async function loadMonth(fetch: typeof globalThis.fetch, agenda: ResolvedAgenda, month: string, now: Date) {
  const filter = apiFilterOf(agenda, { now, month });
  if (!filter) return { events: [], totalCount: 0 };
  return fetchEvents(fetch, filter, MONTH_MAX_EVENTS);
}

/** One page of the list, with links to its neighbours; falls back to page one for a stale cursor. */
async function loadListPage(fetch: typeof globalThis.fetch, agenda: ResolvedAgenda, now: Date, notices: string[]) {
  const { filter: agendaFilter, after, before } = agenda.query;
  const filter = apiFilterOf(agenda, { now });
  if (!filter) return { events: [], totalCount: 0, ranked: false, nextHref: null, previousHref: null };

  const request: PageRequest = before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after };
  // A search lists the events with every word in their title first.
  const order = agendaFilter.text ? "RELEVANCE" : undefined;
  let result = await fetchEventsPage(fetch, filter, request, order);
  if (result && "badCursor" in result) {
    notices.push(PAGE_LINK_EXPIRED);
    result = await fetchEventsPage(fetch, filter, { first: PAGE_SIZE }, order);
  }
  if (!result || !("page" in result)) return null;

  const { events, totalCount, pageInfo } = result.page;
  const pageLink = (cursor: Partial<Pick<AgendaQuery, "after" | "before">>) => agendaHref("/agenda", agendaFilter, cursor);
  // With `after` the API reports hasPreviousPage too, so both directions follow its pageInfo.
  return {
    events,
    totalCount,
    ranked: Boolean(order),
    nextHref: pageInfo.hasNextPage && pageInfo.endCursor ? pageLink({ after: pageInfo.endCursor }) : null,
    previousHref: pageInfo.hasPreviousPage && pageInfo.startCursor ? pageLink({ before: pageInfo.startCursor }) : null,
  };
}
