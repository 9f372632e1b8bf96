import { createClient } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import type { PageServerLoad } from "./$types";

const HomeQuery = graphql(`
  query Home {
    techniekmarkten: events(first: 3, filter: { kinds: [TECHNIEKMARKT] }) {
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
    upcoming: events(first: 6) {
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

// Nothing on the home page needs the browser: it is plain HTML and a GET form.
export const csr = false;

export const load: PageServerLoad = async ({ fetch }) => {
  const result = await createClient(fetch).query(HomeQuery, {}).toPromise();

  if (result.error) console.error(`Home page: the agenda query failed: ${result.error.message}`);
  // The page stays up when the API is down: null lists make it say so instead.
  if (!result.data) return { events: null, techniekmarkten: null };

  return {
    techniekmarkten: result.data.techniekmarkten.edges.map((edge) => edge.node),
    events: result.data.upcoming.edges.map((edge) => edge.node),
  };
};
