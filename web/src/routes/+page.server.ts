import { graphql } from "$lib/graphql/generated";
import { linkedEvents } from "$lib/graphql/linked-event";
import { queryApiOrFailure } from "$lib/server/api";
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
    # What a visitor can go to: sessions by invitation only are on the schools' own pages.
    upcoming: events(first: 6, filter: { signupModes: [NONE, PLATFORM, EXTERNAL] }) {
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
  const answer = await queryApiOrFailure(fetch, HomeQuery, {}, "Home page");
  // The page stays up when the API is down: null lists make it say so instead.
  if ("failure" in answer) return { events: null, techniekmarkten: null };

  return {
    techniekmarkten: linkedEvents(answer.data.techniekmarkten.edges.map((edge) => edge.node)),
    events: linkedEvents(answer.data.upcoming.edges.map((edge) => edge.node)),
  };
};
