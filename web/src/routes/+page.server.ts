import { createClient } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
import { linkedEvents } from "$lib/graphql/linked-event";
import type { PageServerLoad } from "./$types";

const HomeQuery = graphql(`
  query Home {
    techniekmarkten: events(first: 3, filter: { kinds: [TECHNIEKMARKT] }) {
      edges {
        node {
          ...LinkedEventFields
        }
      }
    }
    upcoming: events(first: 6) {
      edges {
        node {
          ...LinkedEventFields
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
    techniekmarkten: linkedEvents(result.data.techniekmarkten.edges.map((edge) => edge.node)),
    events: linkedEvents(result.data.upcoming.edges.map((edge) => edge.node)),
  };
};
