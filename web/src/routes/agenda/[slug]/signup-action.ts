// Sending the sign-up form: the site's own checks, the organisation looked up in the directory (a
// name that matches one organisation exactly is sent as that one, anything else as typed), then
// the API's signUpForEvent. Success redirects (POST-redirect-GET) to the manage page, which is the
// confirmation; a second post of the same form finds the same sign-up (the API is idempotent per
// address), so a double submit books once.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, queryApiOrFailure, queryApiOrNull } from "$lib/server/api";
import { outcomeOf } from "$lib/server/editing/outcome";
import { SIGNUP_PROBLEM_FIELDS, checkSignup, signupFormFieldOf, signupValuesFrom, type SignupValues } from "./signup-form";
import { mayPostSignup } from "./signup-limit";

const SignupEventQuery = graphql(`
  query SignupEvent($slug: String!) {
    event(slug: $slug) {
      id
    }
  }
`);

const OrganisationLookupQuery = graphql(`
  query SignupOrganisationLookup($text: String!) {
    organisations(first: 10, filter: { text: $text, includeLocations: true }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const SignUpMutation = graphql(`
  mutation SignUpForEvent($input: SignUpForEventInput!) {
    signUpForEvent(input: $input) {
      __typename
      ... on SignupWithToken {
        manageToken
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

export const SEND_FAILED_TEXT = "Aanmelden lukte niet, want de gegevens van het netwerk zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw; wat je typte staat hieronder nog.";
export const TOO_MANY_TEXT = "Er zijn vanaf dit adres of voor dit e-mailadres het afgelopen uur te veel aanmeldingen verstuurd. Probeer het later opnieuw.";
export const CLOSED_TEXT = "Aanmelden voor deze activiteit is intussen gesloten, of de activiteit gaat niet door. Je bent niet aangemeld.";
export const GONE_TEXT = "Deze activiteit bestaat niet meer. Je bent niet aangemeld.";

/** The organisation from the directory whose name is exactly what was typed (ignoring case), if there is one. */
async function organisationId(fetch: typeof globalThis.fetch, name: string): Promise<string | null> {
  if (!name) return null;
  const data = await queryApiOrNull(fetch, OrganisationLookupQuery, { text: name }, "Sign-up organisation lookup");
  const same = (data?.organisations.edges ?? []).filter(({ node }) => node.name.localeCompare(name, "nl", { sensitivity: "base" }) === 0);
  return same.length === 1 ? same[0].node.id : null;
}

const refused = (status: number, values: SignupValues, errors: Record<string, string>, message?: string) => fail(status, { values, errors, message });

export async function signUp(event: RequestEvent) {
  const slug = event.params.slug ?? "";
  const form = await event.request.formData();
  // A field people never see, which only robots fill in: they get a thank-you, the API nothing.
  if (String(form.get("website") ?? "") !== "") redirect(303, `/agenda/${encodeURIComponent(slug)}?aanmelding=ontvangen`);

  const values = signupValuesFrom(form);
  const checked = checkSignup(values);
  if ("errors" in checked) return refused(400, values, checked.errors);
  if (!(await mayPostSignup(event))) return refused(429, values, {}, TOO_MANY_TEXT);

  const known = await queryApiOrFailure(event.fetch, SignupEventQuery, { slug }, "Sign-up event");
  if ("failure" in known) return refused(503, values, {}, SEND_FAILED_TEXT);
  const found = known.data.event;
  if (!found) return refused(404, values, {}, GONE_TEXT);
  const orgId = await organisationId(event.fetch, values.organisation);
  const input = {
    ...checked.signup,
    eventId: found.id,
    organisationId: orgId,
    organisationName: orgId ? null : values.organisation || null,
    acceptedPrivacyStatement: values.privacy,
  };
  const answer = await mutateApi(event.fetch, SignUpMutation, { input }, "Sign up for event");
  if ("data" in answer && answer.data.signUpForEvent.__typename === "TooManyRequestsError") return refused(429, values, {}, TOO_MANY_TEXT);
  const outcome = outcomeOf(answer, (data) => data.signUpForEvent, "SignupWithToken", SIGNUP_PROBLEM_FIELDS, signupFormFieldOf);
  if (outcome.ok) redirect(303, `/aanmelding/${outcome.result.manageToken}`);
  if (outcome.conflict) return refused(409, values, {}, CLOSED_TEXT);
  if (outcome.status === 404) return refused(404, values, {}, GONE_TEXT);
  return refused(outcome.status, values, outcome.errors, outcome.status === 503 || outcome.status === 401 ? SEND_FAILED_TEXT : outcome.message);
}
