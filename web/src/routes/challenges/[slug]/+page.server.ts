import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { linkedEvents } from "$lib/graphql/linked-event";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import type { PageServerLoad } from "./$types";

// Plain HTML and GET forms: this page needs no JavaScript in the browser.
export const csr = false;

const ChallengePageQuery = graphql(`
  query ChallengePage($slug: String!) {
    challenge(slug: $slug) {
      slug
      title
      status
      summary
      description
      startsOn
      endsOn
      company {
        slug
        name
        city
      }
      participants {
        joinedOn
        organisation {
          slug
          name
          city
        }
      }
      milestones {
        date
        title
        description
      }
      events {
        ...LinkedEventFields
      }
      actionLines {
        number
        slug
        title
      }
      themes {
        slug
        name
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const { challenge } = await queryApi(fetch, ChallengePageQuery, { slug: params.slug }, "Challenge page");
  if (!challenge) error(404, "Deze challenge bestaat niet (meer).");
  return { challenge: { ...challenge, events: linkedEvents(challenge.events) }, canonicalUrl: absoluteUrl(url, `/challenges/${encodeURIComponent(challenge.slug)}`) };
};
