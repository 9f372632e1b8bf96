// The three answers as form actions. A refused answer comes back to its own form, as typed, with
// the errors beside its fields; a sent one reloads the page, which shows the new state.
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { outcomeOf } from "$lib/server/editing/outcome";
import { RESPOND_PROBLEM_FIELDS, respondFieldOf, respondInputOf, respondValuesFrom, type RespondForm } from "./respond-form";
import { globalIdOf } from "./request-query";

const RespondMutation = graphql(`
  mutation RespondToBookingRequest($input: RespondToBookingRequestInput!) {
    respondToBookingRequest(input: $input) {
      __typename
      ... on BookingRequest {
        status
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const ANSWERED_TEXT = "Iemand anders heeft deze aanvraag intussen beantwoord, of de aanvrager heeft hem ingetrokken. Hieronder zie je hoe hij er nu voor staat.";

export function respond(form: RespondForm) {
  return async (event: RequestEvent) => {
    const values = respondValuesFrom(await event.request.formData(), form);
    const parsed = respondInputOf(globalIdOf(event.params.id ?? ""), form, values);
    if ("errors" in parsed) return fail(400, { form, values, errors: parsed.errors, message: undefined });
    const answer = await mutateApi(event.fetch, RespondMutation, { input: parsed.input }, "Respond to booking request", { token: event.locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.respondToBookingRequest, "BookingRequest", RESPOND_PROBLEM_FIELDS, respondFieldOf);
    if (!outcome.ok) return fail(outcome.status, { form, values, errors: outcome.errors, message: outcome.conflict ? ANSWERED_TEXT : outcome.message });
    return { sent: form };
  };
}
