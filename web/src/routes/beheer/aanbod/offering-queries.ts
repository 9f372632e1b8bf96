// What the offering pages read, with the signed-in viewer's token: the organisation and its
// offering (switched-off included), one offering to change, and the lists its form chooses from.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { OfferingChoicesQuery } from "$lib/graphql/generated/graphql";
import { queryApi } from "$lib/server/api";
import { audienceSectorLabels, label } from "$lib/labels";

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
        organisation {
          id
          slug
          name
        }
      }
    }
  }
`);

const OfferingChoicesQuery = graphql(`
  query OfferingChoices {
    audiences {
      code
      name
      sector
    }
    profiles {
      code
      name
    }
    actionLines {
      number
      title
    }
    themes {
      slug
      name
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

export type OfferingChoices = ReturnType<typeof groupChoices>;

/** The audiences by sector (as the form groups its boxes), and the other lists as options. */
function groupChoices(data: OfferingChoicesQuery) {
  const sectors = new Map<string, { value: string; label: string }[]>();
  for (const audience of data.audiences) {
    const options = sectors.get(audience.sector) ?? [];
    options.push({ value: audience.code, label: audience.name });
    sectors.set(audience.sector, options);
  }
  return {
    audienceSectors: [...sectors].map(([sector, options]) => ({ sector, label: label(audienceSectorLabels, sector), options })),
    profiles: data.profiles.map((profile) => ({ value: profile.code, label: profile.name })),
    actionLines: data.actionLines.map((line) => ({ value: String(line.number), label: `${line.number}. ${line.title}` })),
    themes: data.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
  };
}

export async function loadOfferingChoices(fetch: Fetch) {
  // Public lists: asked without a token.
  return groupChoices(await queryApi(fetch, OfferingChoicesQuery, {}, "Offering choices"));
}
