// What the offering pages read, with the signed-in viewer's token: the organisation and its
// offering (switched-off included), one offering to change, and the lists its form chooses from.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";

type Fetch = typeof globalThis.fetch;

const OrganisationOfferingQuery = graphql(`
  query OrganisationOffering($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      viewerCanEdit
    }
    offerings(filter: { organisation: $slug, includeInactive: true }, first: 100) {
      edges {
        node {
          id
          title
          kind
          summary
          active
          organisation {
            slug
          }
        }
      }
    }
  }
`);

const EditOfferingQuery = graphql(`
  query EditOffering($id: ID!) {
    node(id: $id) {
      __typename
      ... on Offering {
        id
        slug
        version
        viewerCanEdit
        title
        summary
        description
        kind
        active
        bookable
        bookingInfo
        bookingUrl
        durationMinutes
        maxGroupSize
        costCents
        leerwegen
        audiences {
          code
        }
        profiles {
          code
        }
        actionLines {
          number
        }
        themes {
          slug
        }
        image {
          id
          url(width: 480)
          alt
          width
          height
        }
        organisation {
          id
          slug
          name
        }
      }
    }
  }
`);


export const NOT_EDITABLE_TEXT = "Je mag het aanbod van deze organisatie niet bijhouden.";
const NO_ORGANISATION_TEXT = "Deze organisatie bestaat niet (meer).";

/** The organisation (which the viewer must edit) and its offering, on and off. */
export async function loadOrganisationOffering(fetch: Fetch, slug: string, token: string | null) {
  const data = await queryApi(fetch, OrganisationOfferingQuery, { slug }, "Organisation offering", { token });
  if (!data.organisation) error(404, NO_ORGANISATION_TEXT);
  if (!data.organisation.viewerCanEdit) error(403, NOT_EDITABLE_TEXT);
  return { organisation: data.organisation, offerings: data.offerings.edges.map((edge) => edge.node) };
}

/** One offering the viewer may change; 404 for an ID that is no offering the viewer can see. */
export async function loadEditedOffering(fetch: Fetch, id: string, token: string | null) {
  const data = await queryApi(fetch, EditOfferingQuery, { id }, "Edit offering", { token });
  const offering = data.node?.__typename === "Offering" ? data.node : null;
  if (!offering) error(404, "Dit aanbod bestaat niet (meer).");
  if (!offering.viewerCanEdit) error(403, NOT_EDITABLE_TEXT);
  return offering;
}
