import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import type { PageServerLoad } from "./$types";

// Plain HTML and GET forms: this page needs no JavaScript in the browser.
export const csr = false;

const ActionLinesPageQuery = graphql(`
  query ActionLinesPage {
    actionLines {
      number
      slug
      title
      summary
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, url }) => {
  const data = await queryApi(fetch, ActionLinesPageQuery, {}, "Action lines page");
  return { actionLines: data.actionLines, canonicalUrl: absoluteUrl(url, "/actielijnen") };
};
