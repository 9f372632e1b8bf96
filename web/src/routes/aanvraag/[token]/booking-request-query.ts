// The requester's own view of their booking request, by the manage token from their mail.
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";

const ManagedBookingQuery = graphql(`
  query ManagedBooking($token: String!) {
    bookingRequest(manageToken: $token) {
      status
      offeringTitle
      offering {
        slug
      }
      provider {
        slug
        name
      }
      preferredDates
      groupSize
      groupLabel
      schoolName
      name
      email
      phone
      remark
      response
      proposedStartsAt
      proposedEndsAt
      event {
        slug
        startsAt
        endsAt
        allDay
      }
      createdAt
    }
  }
`);

/** The request, or null when the token is unknown (mistyped, or replaced by a newer mail's). */
export async function loadManagedBooking(fetch: typeof globalThis.fetch, token: string) {
  // A token is 32 letters and digits; anything else is not asked of the API.
  if (!/^[a-z0-9]{20,64}$/.test(token)) return null;
  return (await queryApi(fetch, ManagedBookingQuery, { token }, "Managed booking")).bookingRequest ?? null;
}
