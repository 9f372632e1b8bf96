// /overzicht: every part of the site on one page for people (the footer's "Alle pagina's");
// /sitemap.xml is the same for search engines. Action lines and challenges come from the API.
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import type { PageServerLoad } from "./$types";

export const csr = false;

const SiteOverviewQuery = graphql(`
  query SiteOverview {
    actionLines {
      number
      slug
      title
    }
    challenges {
      slug
      title
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, url }) => {
  const data = await queryApi(fetch, SiteOverviewQuery, {}, "Site overview");
  return { actionLines: data.actionLines, challenges: data.challenges, canonicalUrl: absoluteUrl(url, "/overzicht") };
};
