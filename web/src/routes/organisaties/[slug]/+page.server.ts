import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { linkedEvents } from "$lib/graphql/linked-event";
import { queryApi } from "$lib/server/api";
import { absoluteUrl } from "$lib/server/site";
import { editLinkFor } from "./edit-link";
import { linkGroups, splitOffering, splitRoles } from "./organisation-sections";
import type { PageServerLoad } from "./$types";

// Plain HTML and GET forms: this page needs no JavaScript in the browser.
export const csr = false;

/** Upcoming events shown on the page; the agenda link shows the rest. */
const EVENTS_SHOWN = 10;

const OrganisationPageQuery = graphql(`
  query OrganisationPage($slug: String!, $events: Int!) {
    organisation(slug: $slug) {
      slug
      name
      kind
      description
      street
      postalCode
      city
      latitude
      longitude
      website
      email
      phone
      hasTechlab
      image {
        ...PictureFields
      }
      logo {
        ...PictureFields
      }
      municipality {
        name
      }
      parent {
        slug
        name
      }
      profiles {
        code
        name
      }
      gtProgrammes {
        slug
        name
        description
      }
      locations {
        slug
        name
        city
      }
      roles {
        kind
        person {
          name
          jobTitle
          workEmail
          workPhone
        }
      }
      offerings {
        slug
        title
        kind
        summary
        audiences {
          sector
        }
      }
      outgoingLinks {
        kind
        note
        to {
          slug
          name
          city
        }
      }
      incomingLinks {
        kind
        note
        from {
          slug
          name
          city
        }
      }
      challengeParticipations {
        challenge {
          slug
          title
          status
        }
      }
      posedChallenges {
        slug
        title
        status
      }
      events(first: $events) {
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            ...LinkedEventFields
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { fetch, params, url } = event;
  const [data, editHref] = await Promise.all([
    queryApi(fetch, OrganisationPageQuery, { slug: params.slug, events: EVENTS_SHOWN }, "Organisation page"),
    editLinkFor(event, params.slug),
  ]);
  const organisation = data.organisation;
  if (!organisation) error(404, "Deze organisatie bestaat niet (meer).");

  return {
    organisation,
    offering: splitOffering(organisation.offerings),
    roles: splitRoles(organisation.roles),
    linkGroups: linkGroups(organisation),
    events: linkedEvents(organisation.events.edges.map((edge) => edge.node)),
    canonicalUrl: absoluteUrl(url, `/organisaties/${encodeURIComponent(organisation.slug)}`),
    editHref,
  };
};
