import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import { orderChallenges } from "./challenge-order";
import type { PageServerLoad } from "./$types";

// Plain HTML and GET forms: this page needs no JavaScript in the browser.
export const csr = false;

const ChallengesPageQuery = graphql(`
  query ChallengesPage {
    challenges {
      slug
      title
      status
      summary
      startsOn
      endsOn
      company {
        slug
        name
      }
      participants {
        organisation {
          slug
          name
        }
      }
      milestones {
        date
        title
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, url }) => {
  const data = await queryApi(fetch, ChallengesPageQuery, {}, "Challenges page");
  return { ...orderChallenges(data.challenges), canonicalUrl: absoluteUrl(url, "/challenges") };
};
