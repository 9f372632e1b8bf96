import { redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import { redirectFormerParams } from "$lib/renamed-params";
import { organisationPicture } from "$lib/pictures";
import { directoryHref, formerParams, readDirectoryParams, toApiFilter, toApiPage } from "./directory-params";
import type { PageServerLoad } from "./$types";

// Plain HTML and GET forms: this page needs no JavaScript in the browser.
export const csr = false;

const OrganisationDirectoryQuery = graphql(`
  query OrganisationDirectory(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: OrganisationFilter
  ) {
    organisations(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          slug
          name
          kind
          city
          hasTechlab
          logo {
            ...PictureFields
          }
          image {
            ...PictureFields
          }
          profiles {
            code
            name
          }
        }
      }
    }
    municipalities {
      slug
      name
    }
    profiles {
      code
      name
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, url }) => {
  redirectFormerParams(url, formerParams);
  const params = readDirectoryParams(url.searchParams);
  const data = await queryApi(
    fetch,
    OrganisationDirectoryQuery,
    { ...toApiPage(params), filter: toApiFilter(params) },
    "Organisation directory",
    {
      // A cursor from an old link the API no longer knows: start again at the first page.
      refused: () => {
        if (params.after || params.before) redirect(303, directoryHref(params));
      },
    },
  );

  const { pageInfo, totalCount, edges } = data.organisations;
  return {
    params,
    organisations: edges.map(({ node: { logo, image, ...organisation } }) => ({ ...organisation, picture: organisationPicture({ ...organisation, logo, image }) })),
    totalCount,
    previousHref: pageInfo.hasPreviousPage && pageInfo.startCursor ? directoryHref(params, { before: pageInfo.startCursor }) : null,
    nextHref: pageInfo.hasNextPage && pageInfo.endCursor ? directoryHref(params, { after: pageInfo.endCursor }) : null,
    municipalities: data.municipalities,
    profiles: data.profiles,
    canonicalUrl: absoluteUrl(url, directoryHref(params, { after: params.after ?? undefined, before: params.before ?? undefined })),
  };
};
