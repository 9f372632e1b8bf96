import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { linkedEvents } from "$lib/graphql/linked-event";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import { groupByKind } from "./group-offerings";
import type { PageServerLoad } from "./$types";

// Plain HTML and GET forms: this page needs no JavaScript in the browser.
export const csr = false;

/** Upcoming events shown on the page; the agenda link shows the rest. */
const EVENTS_SHOWN = 10;

const ActionLinePageQuery = graphql(`
  query ActionLinePage($slug: String!) {
    actionLine(slug: $slug) {
      number
      slug
      title
      summary
      description
      offerings {
        slug
        title
        kind
        summary
        organisation {
          slug
          name
        }
      }
    }
  }
`);

// The agenda filters by action line number, which the page only knows once the line is loaded.
const ActionLineEventsQuery = graphql(`
  query ActionLineEvents($number: Int!, $first: Int!) {
    events(first: $first, filter: { actionLines: [$number] }) {
      totalCount
      edges {
        node {
          ...LinkedEventFields
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const { actionLine } = await queryApi(fetch, ActionLinePageQuery, { slug: params.slug }, "Action line page");
  if (!actionLine) error(404, "Deze actielijn bestaat niet.");

  const { events } = await queryApi(
    fetch,
    ActionLineEventsQuery,
    { number: actionLine.number, first: EVENTS_SHOWN },
    "Action line page",
  );

  return {
    actionLine,
    offeringGroups: groupByKind(actionLine.offerings),
    events: linkedEvents(events.edges.map((edge) => edge.node)),
    eventCount: events.totalCount,
    canonicalUrl: absoluteUrl(url, `/actielijnen/${encodeURIComponent(actionLine.slug)}`),
  };
};
