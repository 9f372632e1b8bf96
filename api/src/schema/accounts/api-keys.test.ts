// API keys: who makes them, what the secret is and how it is kept, and what a key may do: the
// mutations of an editor's session for its own organisation, within its scopes, nothing else.
import { describe, expect, it } from "vitest";
import { allowedFor, gid, idOf, outcome, signedInActors } from "../../test/actors.ts";
import { graphql, sql } from "../../test/graphql.ts";

const { actors, as, school } = await signedInActors();
const [{ id: companyId }] = await sql(`SELECT o.id FROM "Organisation" o JOIN "OrganisationEditor" e ON e."organisationId" = o.id JOIN "Account" a ON a.id = e."accountId" WHERE a.email = 'bedrijf@techniekloket.example' LIMIT 1`);
const company = gid("Organisation", companyId);

const CREATE = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { __typename ... on CreatedApiKey { secret apiKey { id name prefix scopes createdBy } } ... on Error { message } } }`;

async function newKey(scopes: string[], extra: Record<string, unknown> = {}, actor = "editorA") {
  const result = await as(actor, CREATE, { i: { name: "Website van de school", scopes, organisation: school, ...extra } });
  expect(result.data.createApiKey.__typename).toBe("CreatedApiKey");
  return result.data.createApiKey as { secret: string; apiKey: { id: string; prefix: string; scopes: string[]; createdBy: string } };
}

/** Asks the API with a key, as a partner's server would. */
const withKey = (secret: string, query: string, variables: Record<string, unknown> = {}) =>
  graphql(query, variables, { headers: { authorization: `Bearer ${secret}` }, peer: "192.0.2.60" });

const eventInput = {
  title: "Techlab: bouw een windmolen",
  summary: "Groep 7 en 8 bouwen en testen een windmolen.",
  kind: "TECHLAB_SESSION",
  startsAt: "2027-03-10T08:30:00Z",
  endsAt: "2027-03-10T11:30:00Z",
  venue: { name: "Het Ambachtshuis, Techlab", city: "Oss" },
};
const CREATE_EVENT = `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { __typename ... on Event { id status } ... on Error { message } } }`;

describe("an API key", () => {
  it("is made by the organisation's admins and the region's moderators only", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) got[actor] = outcome(await as(actor, CREATE, { i: { name: `Sleutel ${actor}`, scopes: ["EVENTS_WRITE"], organisation: school } }), "createApiKey", () => "made");
    expect(got).toEqual(allowedFor(actors, ["editorA", "moderator", "admin"], "made"));
  });

  it("has its secret shown once, kept only as a hash, recognisable by its prefix", async () => {
    const { secret, apiKey } = await newKey(["EVENTS_WRITE"]);
    expect(secret).toMatch(/^tlk_[a-z2-7]{32}$/);
    expect(apiKey.prefix).toBe(secret.slice(0, 12));
    expect(apiKey.createdBy).toBe((await sql(`SELECT name FROM "Account" WHERE email = 'school@techniekloket.example'`))[0].name);
    const [row] = await sql(`SELECT * FROM "ApiKey" WHERE id = $1`, [Number(apiKey.id)]);
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    const listed = await as("editorA", `query($id: ID!) { node(id: $id) { ... on Organisation { apiKeys { prefix revokedAt } } } }`, { id: school });
    expect(listed.data.node.apiKeys).toContainEqual({ prefix: apiKey.prefix, revokedAt: null });
    // Nobody else learns of the keys.
    const other = await as("editorB", `query($id: ID!) { node(id: $id) { ... on Organisation { apiKeys { prefix } } } }`, { id: school });
    expect(other.data.node.apiKeys).toBeNull();
  });

  it("refuses bad input with the reasons", async () => {
    const result = await as("editorA", CREATE, { i: { name: "x", scopes: [], organisation: school, expiresAt: "2020-01-01T00:00:00Z" } });
    expect(result.data.createApiKey.__typename).toBe("ValidationError");
    expect(result.data.createApiKey.message).toContain("name must be at least 2 characters");
    expect(result.data.createApiKey.message).toContain("scopes: choose at least one");
    expect(result.data.createApiKey.message).toContain("expiresAt must be in the future");
  });

  it("creates and submits an event of its organisation, and is refused for another one", async () => {
    const { secret, apiKey } = await newKey(["EVENTS_WRITE"]);
    const created = await withKey(secret, CREATE_EVENT, { o: school, i: eventInput });
    expect(created.data.createEvent).toMatchObject({ __typename: "Event", status: "DRAFT" });
    const submitted = await withKey(secret, `mutation($id: ID!) { submitEvent(id: $id) { __typename ... on Event { status } } }`, { id: created.data.createEvent.id });
    expect(submitted.data.submitEvent).toEqual({ __typename: "Event", status: "SUBMITTED" });
    expect((await withKey(secret, CREATE_EVENT, { o: company, i: eventInput })).data.createEvent.__typename).toBe("ForbiddenError");
    const [used] = await sql(`SELECT "lastUsedAt" FROM "ApiKey" WHERE id = $1`, [Number(apiKey.id)]);
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("of a moderator covers the region, and publishes", async () => {
    const region = gid("Region", (await sql(`SELECT "regionId" FROM "Organisation" WHERE id = $1`, [idOf(school)]))[0].regionId);
    const { secret } = await newKey(["EVENTS_WRITE"], { organisation: null, region }, "moderator");
    const created = await withKey(secret, CREATE_EVENT, { o: company, i: eventInput });
    expect(created.data.createEvent.__typename).toBe("Event");
    const published = await withKey(secret, `mutation($id: ID!) { publishEvent(id: $id) { __typename ... on Event { status } } }`, { id: created.data.createEvent.id });
    expect(published.data.publishEvent).toEqual({ __typename: "Event", status: "PUBLISHED" });
    // A region key is for moderators: the school's admin may not make one.
    expect((await as("editorA", CREATE, { i: { name: "Regio", scopes: ["EVENTS_WRITE"], region } })).data.createApiKey.__typename).toBe("ForbiddenError");
  });

  it("does only what its scopes name: no sign-ups without SIGNUPS_READ, no offering without OFFERINGS_WRITE", async () => {
    const [{ id: eventId }] = await sql(`SELECT e.id FROM "Event" e JOIN "EventOrganiser" o ON o."eventId" = e.id WHERE o."organisationId" = $1 AND e."signupMode" = 'PLATFORM' LIMIT 1`, [idOf(school)]);
    const SIGNUPS = `query($id: ID!) { node(id: $id) { ... on Event { signupTotals { confirmedSeats } signups(first: 1) { totalCount } } } }`;
    const writer = await newKey(["EVENTS_WRITE"]);
    const reader = await newKey(["SIGNUPS_READ"]);
    expect((await withKey(writer.secret, SIGNUPS, { id: gid("Event", eventId) })).data?.node?.signups ?? null).toBeNull();
    const read = await withKey(reader.secret, SIGNUPS, { id: gid("Event", eventId) });
    expect(read.data.node.signups.totalCount).toEqual(expect.any(Number));
    expect(read.data.node.signupTotals.confirmedSeats).toEqual(expect.any(Number));
    expect((await withKey(reader.secret, CREATE_EVENT, { o: school, i: eventInput })).data.createEvent.__typename).toBe("ForbiddenError");
    const offering = await withKey(writer.secret, `mutation($o: ID!) { createOffering(organisation: $o, input: { title: "Gastles", summary: "Een gastles.", kind: GUEST_LESSON }) { __typename } }`, { o: school });
    expect(offering.data?.createOffering?.__typename ?? offering.errors?.[0]?.extensions?.code).toBe("ForbiddenError");
  });

  it("never manages people, profiles or keys, and ends no sessions", async () => {
    const { secret } = await newKey(["EVENTS_WRITE", "OFFERINGS_WRITE", "SIGNUPS_READ"]);
    const refused = async (query: string, field: string, variables: Record<string, unknown> = {}) => {
      const result = await withKey(secret, query, variables);
      return result.data?.[field]?.__typename ?? result.errors?.[0]?.extensions?.code;
    };
    expect(await refused(CREATE, "createApiKey", { i: { name: "Nog een", scopes: ["EVENTS_WRITE"], organisation: school } })).toBe("ForbiddenError");
    expect(await refused(`mutation($o: ID!) { setEditor(organisation: $o, email: "x@school.example", name: "X Y", role: ADMIN) { __typename } }`, "setEditor", { o: school })).toBe("ForbiddenError");
    expect(await refused(`mutation { signOutEverywhere { endedSessions } }`, "signOutEverywhere")).toBe("FORBIDDEN");
    expect(await refused(`query { auditLog(first: 1) { edges { cursor } } }`, "auditLog")).toBe("FORBIDDEN");
  });

  it("stops working when revoked, when expired, and when its maker no longer edits the organisation", async () => {
    const revoked = await newKey(["EVENTS_WRITE"]);
    const revoke = await as("moderator", `mutation($id: ID!) { revokeApiKey(id: $id) { __typename ... on ApiKey { revokedAt } } }`, { id: revoked.apiKey.id });
    expect(revoke.data.revokeApiKey.revokedAt).not.toBeNull();
    expect((await withKey(revoked.secret, CREATE_EVENT, { o: school, i: eventInput })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // Someone without the right finds no key to revoke.
    expect((await as("editorB", `mutation($id: ID!) { revokeApiKey(id: $id) { __typename } }`, { id: revoked.apiKey.id })).data.revokeApiKey.__typename).toBe("NotFoundError");

    const expired = await newKey(["EVENTS_WRITE"]);
    await sql(`UPDATE "ApiKey" SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [Number(expired.apiKey.id)]);
    expect((await withKey(expired.secret, CREATE_EVENT, { o: school, i: eventInput })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    await as("editorA", `mutation($o: ID!) { setEditor(organisation: $o, email: "tijdelijk@school.example", name: "Tijdelijke Beheerder", role: ADMIN) { __typename } }`, { o: school });
    const [{ id: accountId }] = await sql(`SELECT id FROM "Account" WHERE email = 'tijdelijk@school.example'`);
    await sql(`INSERT INTO "ApiKey" (name, prefix, "secretHash", scopes, "organisationId", "createdById") VALUES ('Van een vertrokken beheerder', 'tlk_vertrokk', encode(sha256('tlk_vertrokkenbeheerder'::bytea), 'hex'), '{EVENTS_WRITE}', $1, $2)`, [idOf(school), accountId]);
    expect((await withKey("tlk_vertrokkenbeheerder", CREATE_EVENT, { o: school, i: eventInput })).data.createEvent.__typename).toBe("Event");
    await as("editorA", `mutation($o: ID!) { removeEditor(organisation: $o, email: "tijdelijk@school.example") { __typename } }`, { o: school });
    expect((await withKey("tlk_vertrokkenbeheerder", CREATE_EVENT, { o: school, i: eventInput })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
