// Events to sign up for in the sign-up tests: published, organised by the demo school
// Het Ambachtshuis (whose editor is the actor editorA) unless told otherwise, sign-up on this platform.
import { gid } from "../../test/actors.ts";
import { graphql, sql } from "../../test/graphql.ts";

let counter = 0;

export async function signupEvent({
  capacity = 30 as number | null,
  startsInDays = 14,
  opensAt = null as Date | null,
  closesAt = null as Date | null,
  status = "PUBLISHED",
  signupMode = "PLATFORM",
  organisation = "het-ambachtshuis",
} = {}) {
  const [{ id: organisationId, regionId }] = await sql(`SELECT id, "regionId" FROM "Organisation" WHERE slug = $1`, [organisation]);
  const startsAt = new Date(Date.now() + startsInDays * 86_400_000);
  const [{ id }] = await sql(
    `INSERT INTO "Event" (slug, title, summary, kind, status, "startsAt", "endsAt", "regionId", capacity, "signupMode", "signupOpensAt", "signupClosesAt", "publishedAt", "updatedAt")
     VALUES ($1, 'Techlab: bouw een windmolen', 'Groep 7 en 8 bouwen een windmolen.', 'TECHLAB_SESSION', $2::"EventStatus", $3, $4, $5, $6, $7::"SignupMode", $8, $9, now(), now()) RETURNING id`,
    [`techlab-test-${process.pid}-${++counter}`, status, startsAt, new Date(startsAt.getTime() + 3 * 3_600_000), regionId, capacity, signupMode, opensAt, closesAt],
  );
  await sql(`INSERT INTO "EventOrganiser" ("eventId", "organisationId", role) VALUES ($1, $2, 'ORGANISER')`, [id, organisationId]);
  return { id: id as number, globalId: gid("Event", id) };
}

export const SIGNUP_RESULT = `__typename
  ... on SignupWithToken { manageToken signup { id status groupSize waitingPosition name email } }
  ... on Error { message }
  ... on ValidationError { problems { path message } }
  ... on TooManyRequestsError { retryAfterSeconds }`;

export const SIGN_UP = `mutation($input: SignUpForEventInput!) { signUpForEvent(input: $input) { ${SIGNUP_RESULT} } }`;

export const signupInput = (eventId: string, overrides: Record<string, unknown> = {}) => ({
  eventId,
  name: "Juf Anna de Vries",
  email: "anna@school.example",
  groupSize: 1,
  acceptedPrivacyStatement: true,
  ...overrides,
});

/** Signs up as a client at `peer` (each test uses its own, so the per-client limit stays clear). */
export async function signUp(eventId: string, overrides: Record<string, unknown> = {}, peer = "192.0.2.77") {
  const result = await graphql(SIGN_UP, { input: signupInput(eventId, overrides) }, { peer });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.signUpForEvent;
}
