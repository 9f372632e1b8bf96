import { createClient } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import type { PageServerLoad } from "./$types";

const UpcomingEventsQuery = graphql(`
  query UpcomingEvents($first: Int!) {
    events(first: $first) {
      edges {
        node {
          id
          slug
          title
          startsAt
          endsAt
          allDay
          status
          venue {
            name
            city
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch }) => {
  const result = await createClient(fetch).query(UpcomingEventsQuery, { first: 6 }).toPromise();

  if (result.error) console.error(`Home page: the agenda query failed: ${result.error.message}`);
  // The page stays up when the API is down: `events: null` makes it say so instead of the list.
  if (!result.data) return { events: null };

  return { events: result.data.events.edges.map((edge) => edge.node) };
};
