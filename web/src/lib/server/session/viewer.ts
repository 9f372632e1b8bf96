// Who is signed in, asked of the API only when the request carries a session cookie: anonymous
// visitors, nearly everyone, cost no API call. A cookie whose session has ended (expired, signed out
// elsewhere, unknown) is removed quietly; the visitor is simply anonymous again.
import type { Cookies } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { SessionViewerQuery } from "$lib/graphql/generated/graphql";
import { queryApiOrFailure } from "$lib/server/api";
import { clearSessionCookie } from "./cookie";

const SessionViewerQuery = graphql(`
  query SessionViewer {
    viewer {
      name
      email
      platformAdmin
      memberships {
        role
        organisation {
          name
          slug
        }
      }
      moderatedRegions {
        name
        slug
      }
    }
  }
`);

export type SessionViewer = NonNullable<SessionViewerQuery["viewer"]>;

/**
 * The viewer, null when anonymous; `unavailable` when the API could not say, so the cookie stays
 * (the session may well be alive) and /beheer can answer 503 instead of asking to sign in again.
 */
export type ViewerLookup = { viewer: SessionViewer | null; unavailable: boolean };

export async function lookUpViewer(event: { fetch: typeof fetch; cookies: Cookies; locals: App.Locals }): Promise<ViewerLookup> {
  const token = event.locals.sessionToken;
  if (!token) return { viewer: null, unavailable: false };
  const answer = await queryApiOrFailure(event.fetch, SessionViewerQuery, {}, "Session viewer", { token });
  if ("failure" in answer) return { viewer: null, unavailable: true };
  if (!answer.data.viewer) {
    clearSessionCookie(event.cookies);
    event.locals.sessionToken = null;
  }
  return { viewer: answer.data.viewer ?? null, unavailable: false };
}
