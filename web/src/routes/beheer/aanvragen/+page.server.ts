// /beheer/aanvragen: the booking requests for the offering of each organisation the viewer edits,
// open ones first. `?organisatie=<slug>` shows one organisation (a moderator's way to any of them).
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import type { PageServerLoad } from "./$types";

const OrganisationBookingsQuery = graphql(`
  query OrganisationBookings($slug: String!) {
    organisation(slug: $slug) {
      slug
      name
      viewerCanEdit
      bookingRequests(first: 100) {
        totalCount
        edges {
          node {
            id
            status
            offeringTitle
            schoolName
            groupLabel
            groupSize
            preferredDates
            createdAt
          }
        }
      }
    }
  }
`);

/** The request's number in the address, from its global ID ("BookingRequest:12"). */
const requestNumber = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1] ?? "";

export const load: PageServerLoad = async ({ fetch, parent, url, locals }) => {
  const { viewer } = await parent();
  const asked = url.searchParams.get("organisatie");
  const slugs = asked ? [asked] : viewer.memberships.map((membership) => membership.organisation.slug);
  const organisations = await Promise.all(
    slugs.map(async (slug) => (await queryApi(fetch, OrganisationBookingsQuery, { slug }, "Organisation bookings", { token: locals.sessionToken })).organisation),
  );
  return {
    organisations: organisations
      .filter((organisation) => organisation?.viewerCanEdit)
      .map((organisation) => ({
        ...organisation!,
        requests: organisation!.bookingRequests.edges.map(({ node }) => ({ ...node, number: requestNumber(node.id) })),
      })),
  };
};
