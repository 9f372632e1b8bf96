// What the requester does on the manage page: accept the provider's proposal, or withdraw the
// request. Each answers with a message above the page; the page loads the request again.
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";

const AcceptProposalMutation = graphql(`
  mutation AcceptBookingProposal($token: String!) {
    acceptBookingProposal(manageToken: $token) {
      __typename
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawBookingRequest($token: String!) {
    withdrawBookingRequest(manageToken: $token) {
      __typename
    }
  }
`);

const FAILED_TEXT = "Dat lukte niet, want de gegevens van het netwerk zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw.";
const CHANGED_TEXT = "Dat kan niet meer: de aanvraag is intussen veranderd. Hieronder zie je hoe hij er nu voor staat.";
const GONE_TEXT = "Deze link werkt niet (meer). Gebruik de link uit een mail over je aanvraag.";

async function send(event: RequestEvent, accept: boolean) {
  const variables = { token: event.params.token ?? "" };
  const answer = accept
    ? await mutateApi(event.fetch, AcceptProposalMutation, variables, "Accept booking proposal")
    : await mutateApi(event.fetch, WithdrawMutation, variables, "Withdraw booking request");
  if ("failure" in answer) return fail(503, { message: FAILED_TEXT });
  const typename = "acceptBookingProposal" in answer.data ? answer.data.acceptBookingProposal.__typename : answer.data.withdrawBookingRequest.__typename;
  if (typename === "BookingRequest") return { done: accept ? ("aangenomen" as const) : ("ingetrokken" as const) };
  return fail(typename === "NotFoundError" ? 404 : 409, { message: typename === "NotFoundError" ? GONE_TEXT : CHANGED_TEXT });
}

export const acceptProposal = (event: RequestEvent) => send(event, true);
export const withdraw = (event: RequestEvent) => send(event, false);
