import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import { orderChallenges } from "./challenge-order";
import type { PageServerLoad } from "./$types";

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
