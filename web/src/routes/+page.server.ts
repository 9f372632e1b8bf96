import { graphql } from "$lib/graphql/generated";
import { DEFAULT_ACCESS, accessModes } from "$lib/agenda/url-values";
import { linkedEvents } from "$lib/graphql/linked-event";
import { queryApiOrFailure } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import type { PageServerLoad } from "./$types";

const HomeQuery = graphql(`
  query Home($visitorModes: [SignupMode!]) {
    techniekmarkten: events(first: 3, filter: { kinds: [TECHNIEKMARKT] }) {
      edges {
        node {
          ...LinkedEventFields
        }
      }
    }
    upcoming: events(first: 6, filter: { signupModes: $visitorModes }) {
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

export const load: PageServerLoad = async ({ fetch, url }) => {
  const canonicalUrl = absoluteUrl(url, "/");
  // What a visitor can go to, as on the agenda: sessions by invitation only are on the schools' own pages.
  const answer = await queryApiOrFailure(fetch, HomeQuery, { visitorModes: [...accessModes[DEFAULT_ACCESS]!] }, "Home page");
  // The page stays up when the API is down: null lists make it say so instead.
  if ("failure" in answer) return { events: null, techniekmarkten: null, canonicalUrl };

  return {
    techniekmarkten: linkedEvents(answer.data.techniekmarkten.edges.map((edge) => edge.node)),
    events: linkedEvents(answer.data.upcoming.edges.map((edge) => edge.node)),
    canonicalUrl,
  };
};
