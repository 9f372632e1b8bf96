// One booking request for the provider's editors, by its number in the address.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";

const EditorBookingQuery = graphql(`
  query EditorBooking($id: ID!) {
    node(id: $id) {
      __typename
      ... on BookingRequest {
        id
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
        viewerCanRespond
        createdAt
      }
    }
  }
`);

/** The global ID of request number n: base64 of "BookingRequest:n". */
export const globalIdOf = (number: string) => (/^\d{1,9}$/.test(number) ? Buffer.from(`BookingRequest:${number}`).toString("base64") : "");

export async function loadEditorBooking(fetch: typeof globalThis.fetch, number: string, token: string | null) {
  const id = globalIdOf(number);
  const data = id ? await queryApi(fetch, EditorBookingQuery, { id }, "Editor booking", { token }) : null;
  const request = data?.node?.__typename === "BookingRequest" ? data.node : null;
  if (!request) error(404, "Deze aanvraag bestaat niet, of je mag hem niet zien.");
  return request;
}
