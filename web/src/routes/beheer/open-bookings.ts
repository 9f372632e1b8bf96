// The dashboard's count of open booking requests across the viewer's organisations.
import { graphql } from "$lib/graphql/generated";
import { queryApiOrNull } from "$lib/server/api";

const OpenBookingsQuery = graphql(`
  query OpenBookings {
    viewer {
      memberships {
        organisation {
          bookingRequests(first: 0, statuses: [OPEN]) {
            totalCount
          }
        }
      }
    }
  }
`);

/** How many requests wait for an answer; null when the API could not say (the dashboard stays up). */
export async function countOpenBookings(fetch: typeof globalThis.fetch, token: string | null): Promise<number | null> {
  const data = await queryApiOrNull(fetch, OpenBookingsQuery, {}, "Open bookings", { token });
  return data?.viewer ? data.viewer.memberships.reduce((sum, { organisation }) => sum + organisation.bookingRequests.totalCount, 0) : null;
}
