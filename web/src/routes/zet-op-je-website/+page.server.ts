// The builder's lists: schools to choose from, and municipalities for the agenda. This load does
// not read the URL, so changing an option in the builder does not ask the API again.
import { createClient } from "$lib/graphql/client";
import { graphql } from "$lib/graphql/generated";
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
  const result = await createClient(fetch).query(EmbedBuilderListsQuery, {}).toPromise();
  if (!result.data) {
    console.error(`Snippet builder: the lists query failed: ${result.error?.message}`);
    // The builder still works: the school is then typed as its slug.
    return { schools: null, municipalities: [] };
  }
  return {
    schools: result.data.organisations.edges.map((edge) => edge.node),
    municipalities: result.data.municipalities,
  };
};
