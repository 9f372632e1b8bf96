// What the offering page reads: one offering by slug, as everyone sees it (active offerings only).
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";

const OfferingPageQuery = graphql(`
  query OfferingPage($slug: String!) {
    offering(slug: $slug) {
      id
      slug
      title
      summary
      description
      kind
      bookable
      bookingInfo
      bookingUrl
      durationMinutes
      maxGroupSize
      costCents
      leerwegen
      image {
        ...PictureFields
      }
      audiences {
        code
        name
      }
      profiles {
        code
        name
      }
      themes {
        slug
        name
      }
      actionLines {
        number
        slug
        title
      }
      organisation {
        slug
        name
        kind
        city
      }
    }
  }
`);

export const NO_OFFERING_TEXT = "Dit aanbod bestaat niet (meer).";

/** The offering, or a 404 for one that does not exist or is switched off. Never with the visitor's session: the page is the same for everyone. */
export async function loadOffering(fetch: typeof globalThis.fetch, slug: string) {
  const data = await queryApi(fetch, OfferingPageQuery, { slug }, "Offering page");
  if (!data.offering) error(404, NO_OFFERING_TEXT);
  return data.offering;
}

/** Whether it is asked for on this site: bookable, and not booked at the provider's own address. */
export const requestableHere = (offering: { bookable: boolean; bookingUrl?: string | null }) => offering.bookable && !offering.bookingUrl;
