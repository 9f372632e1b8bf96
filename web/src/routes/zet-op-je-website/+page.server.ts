// The builder's lists: schools to choose from, and municipalities for the agenda. This load does
// not read the URL, so changing an option in the builder does not ask the API again.
import { graphql } from "$lib/graphql/generated";
import { queryApiOrFailure } from "$lib/server/api";
import type { PageServerLoad } from "./$types";

const EmbedBuilderListsQuery = graphql(`
  query EmbedBuilderLists {
    organisations(first: 100, filter: { kinds: [VMBO_SCHOOL, PRAKTIJKONDERWIJS, VSO, MBO_COLLEGE] }) {
      edges {
        node {
          slug
          name
          kind
          city
        }
      }
    }
    municipalities {
      slug
      name
    }
  }
`);

export const load: PageServerLoad = async ({ fetch }) => {
  const answer = await queryApiOrFailure(fetch, EmbedBuilderListsQuery, {}, "Snippet builder");
  // The builder still works: the school is then typed as its slug.
  if ("failure" in answer) return { schools: null, municipalities: [] };
  return {
    schools: answer.data.organisations.edges.map((edge) => edge.node),
    municipalities: answer.data.municipalities,
  };
};
