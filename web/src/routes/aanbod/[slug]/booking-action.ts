// Sending the "Aanvragen" form: the site's own checks, the school looked up in the directory (a
// name that matches one school exactly is sent as that school, anything else as typed), then the
// API's requestBooking. The manage token goes only to the requester's mailbox: the confirmation
// page tells them to look there.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, queryApiOrNull } from "$lib/server/api";
import { outcomeOf } from "$lib/server/editing/outcome";
import { BOOKING_PROBLEM_FIELDS, bookingFormFieldOf, bookingValuesFrom, checkBooking, type BookingValues } from "./booking-form";
import { loadOffering, requestableHere } from "./offering-query";

const SchoolLookupQuery = graphql(`
  query BookingSchoolLookup($text: String!) {
    organisations(first: 10, filter: { text: $text, includeLocations: true, kinds: [PRIMARY_SCHOOL, VMBO_SCHOOL, PRAKTIJKONDERWIJS, VSO, MBO_COLLEGE] }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const RequestBookingMutation = graphql(`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      __typename
      ... on RequestBookingPayload {
        bookingRequest {
          status
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
      ... on TooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

export const SEND_FAILED_TEXT = "Versturen lukte niet, want de gegevens van het netwerk zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw; wat je typte staat hieronder nog.";
export const TOO_MANY_TEXT = "Er zijn vanaf dit adres of voor dit e-mailadres het afgelopen uur te veel aanvragen verstuurd. Probeer het later opnieuw.";
export const NOT_REQUESTABLE_TEXT = "Dit aanbod vraag je niet via deze site aan; kijk bij ‘Aanvragen’ hoe het wel kan.";

/** The school from the directory whose name is exactly what was typed (ignoring case), if there is one. */
async function schoolId(fetch: typeof globalThis.fetch, name: string): Promise<string | null> {
  const data = await queryApiOrNull(fetch, SchoolLookupQuery, { text: name }, "Booking school lookup");
  const same = (data?.organisations.edges ?? []).filter(({ node }) => node.name.localeCompare(name, "nl", { sensitivity: "base" }) === 0);
  return same.length === 1 ? same[0].node.id : null;
}

const refused = (status: number, values: BookingValues, errors: Record<string, string>, message?: string) => fail(status, { values, errors, message });

export async function requestBooking(event: RequestEvent) {
  const slug = event.params.slug ?? "";
  const form = await event.request.formData();
  const confirmation = `/aanbod/${encodeURIComponent(slug)}/aangevraagd`;
  // A field people never see, which only robots fill in: they get the confirmation, the API nothing.
  if (String(form.get("website") ?? "") !== "") redirect(303, confirmation);

  const values = bookingValuesFrom(form);
  const offering = await loadOffering(event.fetch, slug);
  if (!requestableHere(offering)) return refused(409, values, {}, NOT_REQUESTABLE_TEXT);
  const checked = checkBooking(values, offering.maxGroupSize);
  if ("errors" in checked) return refused(400, values, checked.errors);

  const organisationId = await schoolId(event.fetch, values.school);
  const input = { ...checked.booking, offeringId: offering.id, organisationId, organisationName: organisationId ? null : values.school, acceptedPrivacyStatement: values.privacy };
  const answer = await mutateApi(event.fetch, RequestBookingMutation, { input }, "Request booking");
  if ("data" in answer && answer.data.requestBooking.__typename === "TooManyRequestsError") return refused(429, values, {}, TOO_MANY_TEXT);
  const outcome = outcomeOf(answer, (data) => data.requestBooking, "RequestBookingPayload", BOOKING_PROBLEM_FIELDS, bookingFormFieldOf);
  if (!outcome.ok) return refused(outcome.status, values, outcome.errors, outcome.status === 503 || outcome.status === 401 ? SEND_FAILED_TEXT : outcome.message);
  redirect(303, confirmation);
}
