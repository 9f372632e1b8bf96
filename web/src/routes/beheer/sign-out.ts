// Signing out, from any page under /beheer (its forms post to /beheer): this session, or every
// session of the account, e.g. after using a shared computer. The cookie goes once the API has
// ended the session; if the API is down the visitor is told, rather than left signed in
// unknowingly on the API's side while the site forgets the cookie.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, type MutationAnswer } from "$lib/server/api";
import { clearSessionCookie } from "$lib/server/session/cookie";

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      endedSessions
    }
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      endedSessions
    }
  }
`);

export const SIGN_OUT_FAILED_TEXT = "Uitloggen lukte niet, want de gegevens van het netwerk zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw.";

async function finish(event: RequestEvent, answer: MutationAnswer<unknown> | null) {
  // "unauthenticated": the session had already ended; the visitor is signed out all the same.
  if (answer && "failure" in answer && answer.failure !== "unauthenticated") return fail(503, { message: SIGN_OUT_FAILED_TEXT });
  clearSessionCookie(event.cookies);
  redirect(303, "/inloggen?uitgelogd");
}

export async function signOut(event: RequestEvent) {
  const token = event.locals.sessionToken;
  return finish(event, token ? await mutateApi(event.fetch, SignOutMutation, {}, "Sign out", { token }) : null);
}

export async function signOutEverywhere(event: RequestEvent) {
  const token = event.locals.sessionToken;
  return finish(event, token ? await mutateApi(event.fetch, SignOutEverywhereMutation, {}, "Sign out everywhere", { token }) : null);
}
