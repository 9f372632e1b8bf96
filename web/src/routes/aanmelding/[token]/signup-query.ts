// The person's own view of their sign-up, by the manage token from their mail or the sign-up form.
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";

const ManagedSignupQuery = graphql(`
  query ManagedSignup($token: String!) {
    signup(manageToken: $token) {
      status
      waitingPosition
      groupSize
      groupLabel
      name
      email
      phone
      remark
      organisation {
        slug
        name
      }
      organisationName
      attended
      attendedCount
      event {
        slug
        title
        status
        startsAt
        endsAt
        allDay
        onlineUrl
        venue {
          name
          street
          postalCode
          city
        }
        signupAvailability {
          remaining
          waitingCount
        }
      }
    }
  }
`);

/** A token is 32 base32 letters and digits; anything else is not asked of the API. */
export const looksLikeToken = (token: string) => /^[a-z0-9]{20,64}$/.test(token);

/** The sign-up, or null when the token is unknown (mistyped, or its data erased). */
export async function loadManagedSignup(fetch: typeof globalThis.fetch, token: string) {
  if (!looksLikeToken(token)) return null;
  return (await queryApi(fetch, ManagedSignupQuery, { token }, "Managed sign-up")).signup ?? null;
}

export type ManagedSignup = NonNullable<Awaited<ReturnType<typeof loadManagedSignup>>>;
