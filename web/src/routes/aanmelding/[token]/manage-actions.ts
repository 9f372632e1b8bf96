// What the person does on the manage page: change the group size, cancel, or erase their data.
// Cancelling and erasing ask for a ticked "Ja" first, so a stray click (there is no JavaScript for
// a confirm dialog) changes nothing. Each answers with a message above the page, and errors beside
// their field; the page then loads the sign-up again. Erasing removes the links, so it leaves for
// a page that says it is done.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { isTicked, textOf, wholeNumber } from "$lib/server/editing/form-values";
import { MAX_GROUP_SIZE } from "../../agenda/[slug]/signup-form";
import { loadManagedSignup } from "./signup-query";

const UpdateSignupMutation = graphql(`
  mutation UpdateSignup($token: String!, $groupSize: Int!) {
    updateSignup(manageToken: $token, groupSize: $groupSize) {
      __typename
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const CancelSignupMutation = graphql(`
  mutation CancelSignup($token: String!) {
    cancelSignup(manageToken: $token) {
      __typename
    }
  }
`);

const EraseSignupMutation = graphql(`
  mutation EraseSignup($token: String!) {
    eraseSignup(manageToken: $token) {
      __typename
    }
  }
`);

export const FAILED_TEXT = "Dat lukte niet, want de gegevens van het netwerk zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw.";
export const CHANGED_TEXT = "Dat kan niet meer: de activiteit is begonnen of je aanmelding is intussen geannuleerd. Hieronder zie je hoe hij er nu voor staat.";
export const GONE_TEXT = "Deze link werkt niet (meer). Gebruik de link uit de laatste mail over je aanmelding.";
export const GROUP_SIZE_TEXT = `Vul in met hoeveel personen jullie komen: een heel getal van 1 tot en met ${MAX_GROUP_SIZE}.`;
export const CONFIRM_CANCEL_TEXT = "Vink aan dat je je aanmelding wilt annuleren.";
export const CONFIRM_ERASE_TEXT = "Vink aan dat je je gegevens wilt wissen.";

const tokenOf = (event: RequestEvent) => event.params.token ?? "";

/** The Dutch reason a larger group does not fit, from what the event has left now. */
async function noRoomText(event: RequestEvent, asked: number): Promise<string> {
  const signup = await loadManagedSignup(event.fetch, tokenOf(event));
  const free = signup?.event.signupAvailability?.remaining;
  if (!signup || free == null) return GROUP_SIZE_TEXT;
  const seats = free === 1 ? "Er is nog 1 plaats vrij" : `Er zijn nog ${free} plaatsen vrij`;
  return `${seats}, dus je groep kan hooguit ${signup.groupSize + free} personen zijn. Je aanmelding blijft op ${signup.groupSize} personen; ${asked} past niet.`;
}

export async function changeGroupSize(event: RequestEvent) {
  const typed = textOf(await event.request.formData(), "groupSize");
  const groupSize = wholeNumber(typed);
  if (!groupSize || groupSize > MAX_GROUP_SIZE) return fail(400, { groupSize: typed, errors: { groupSize: GROUP_SIZE_TEXT } });
  const answer = await mutateApi(event.fetch, UpdateSignupMutation, { token: tokenOf(event), groupSize }, "Update sign-up");
  if ("failure" in answer) return fail(503, { groupSize: typed, message: FAILED_TEXT });
  const result = answer.data.updateSignup;
  switch (result.__typename) {
    case "Signup":
      return { done: "gewijzigd" as const };
    case "ValidationError":
      return fail(400, { groupSize: typed, errors: { groupSize: await noRoomText(event, groupSize) } });
    case "ConflictError":
      return fail(409, { groupSize: typed, message: CHANGED_TEXT });
    case "NotFoundError":
      return fail(404, { message: GONE_TEXT });
  }
}

export async function cancel(event: RequestEvent) {
  if (!isTicked(await event.request.formData(), "bevestig")) return fail(400, { errors: { bevestigAnnuleren: CONFIRM_CANCEL_TEXT } });
  const answer = await mutateApi(event.fetch, CancelSignupMutation, { token: tokenOf(event) }, "Cancel sign-up");
  if ("failure" in answer) return fail(503, { message: FAILED_TEXT });
  if (answer.data.cancelSignup.__typename === "NotFoundError") return fail(404, { message: GONE_TEXT });
  return { done: "geannuleerd" as const };
}

export async function erase(event: RequestEvent) {
  if (!isTicked(await event.request.formData(), "bevestig")) return fail(400, { errors: { bevestigWissen: CONFIRM_ERASE_TEXT } });
  const answer = await mutateApi(event.fetch, EraseSignupMutation, { token: tokenOf(event) }, "Erase sign-up");
  if ("failure" in answer) return fail(503, { message: FAILED_TEXT });
  if (answer.data.eraseSignup.__typename === "NotFoundError") return fail(404, { message: GONE_TEXT });
  redirect(303, "/aanmelding/gewist");
}
