// Editing an organisation's offering and profile through the API: who may, versions, and what
// switching an offering off hides from whom.
import { describe, expect, it } from "vitest";
import { allowedFor, idOf, outcome, schoolEditors, signedInActors } from "../../test/actors.ts";
import { sql } from "../../test/graphql.ts";

const { actors, as, school } = await signedInActors();

const offering = (overrides: Record<string, unknown> = {}) => ({
  title: "Gastles lasrobots",
  summary: "Een lasser laat zien hoe een lasrobot werkt.",
  kind: "GUEST_LESSON",
  bookable: true,
  bookingInfo: "Mail ons twee weken van tevoren.",
  durationMinutes: 90,
  audiences: ["VMBO_YEAR_3"],
  profiles: ["PIE"],
  ...overrides,
});
const RESULT = `__typename ... on Offering { id title active version viewerCanEdit } ... on ValidationError { problems { path message } } ... on Error { message }`;
const CREATE = `mutation($o: ID!, $i: OfferingInput!) { createOffering(organisation: $o, input: $i) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: OfferingInput!) { updateOffering(id: $id, version: $v, input: $i) { ${RESULT} ... on ConflictError { currentVersion } } }`;

async function schoolOffering() {
  const result = await as("editorA", CREATE, { o: school, i: offering() });
  expect(result.data.createOffering).toMatchObject({ __typename: "Offering", active: true, version: 1, viewerCanEdit: true });
  return result.data.createOffering.id as string;
}

describe("the authorisation matrix", () => {
  it("creating an offering for an organisation", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) got[actor] = outcome(await as(actor, CREATE, { o: school, i: offering() }), "createOffering", (value) => value.title);
    expect(got).toEqual(allowedFor(actors, schoolEditors, "Gastles lasrobots"));
  });

  it("changing an offering", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const id = await schoolOffering();
      got[actor] = outcome(await as(actor, UPDATE, { id, v: 1, i: offering({ title: "Gastles cobots" }) }), "updateOffering", (value) => value.title);
    }
    expect(got).toEqual(allowedFor(actors, schoolEditors, "Gastles cobots"));
  });

  it("changing an organisation's profile", async () => {
    const got: Record<string, string> = {};
    const [{ version: start }] = await sql(`SELECT version FROM "Organisation" WHERE slug = 'het-ambachtshuis'`);
    let version = start;
    for (const actor of actors) {
      const result = await as(actor, `mutation($id: ID!, $v: Int!, $i: OrganisationInput!) { updateOrganisation(id: $id, version: $v, input: $i) {
        __typename ... on Organisation { version hasTechlab } ... on Error { message } } }`, { id: school, v: version, i: { description: `Bijgewerkt door ${actor}`, hasTechlab: true, profiles: ["BWI", "PIE"] } });
      got[actor] = outcome(result, "updateOrganisation", (value) => (value.version === version + 1 ? "saved" : "wrong version"));
      if (got[actor] === "saved") version++;
    }
    expect(got).toEqual(allowedFor(actors, schoolEditors, "saved"));
  });
});

describe("the offering", () => {
  it("refuses a save over a newer version", async () => {
    const id = await schoolOffering();
    expect((await as("editorA", UPDATE, { id, v: 1, i: offering({ title: "Eerste" }) })).data.updateOffering.version).toBe(2);
    const stale = await as("moderator", UPDATE, { id, v: 1, i: offering({ title: "Tweede" }) });
    expect(stale.data.updateOffering).toMatchObject({ __typename: "ConflictError", currentVersion: 2 });
    const [row] = await sql(`SELECT title FROM "Offering" WHERE id = $1`, [idOf(id)]);
    expect(row.title).toBe("Eerste");
  });

  it("switched off, it is hidden from the public but not from its editors, who can switch it on again", async () => {
    const id = await schoolOffering();
    await as("editorA", UPDATE, { id, v: 1, i: offering({ active: false }) });
    const look = `query($id: ID!) { node(id: $id) { id } offerings(first: 100, filter: { organisation: "het-ambachtshuis", includeInactive: true }) { edges { node { id } } } }`;
    const publicView = await as("anonymous", look, { id });
    expect(publicView.data.node).toBeNull();
    expect(publicView.data.offerings.edges.map((edge: any) => edge.node.id)).not.toContain(id);
    const editorView = await as("editorA", look, { id });
    expect(editorView.data.node).toEqual({ id });
    expect(editorView.data.offerings.edges.map((edge: any) => edge.node.id)).toContain(id);
    expect((await as("editorB", look, { id })).data.node).toBeNull();
    const on = await as("editorA", UPDATE, { id, v: 2, i: offering({ active: true }) });
    expect(on.data.updateOffering.active).toBe(true);
    expect((await as("anonymous", look, { id })).data.node).toEqual({ id });
  });

  it("names each bad field, and unknown codes", async () => {
    const result = await as("editorA", CREATE, { o: school, i: offering({ title: "x", bookingUrl: "ftp://nope", themes: ["tijdreizen"] }) });
    expect(result.data.createOffering.problems).toEqual(
      expect.arrayContaining([
        { path: ["input", "title"], message: "title must be at least 3 characters" },
        { path: ["input", "bookingUrl"], message: "bookingUrl must be a web address starting with https://" },
      ]),
    );
  });

  it("every change is in the audit log with the object before and after", async () => {
    const id = await schoolOffering();
    await as("editorA", UPDATE, { id, v: 1, i: offering({ title: "Gastles lasrobots en cobots" }) });
    const log = await sql(`SELECT action, before->>'title' AS before, after->>'title' AS after FROM "AuditEntry" WHERE "subjectType" = 'Offering' AND "subjectId" = $1 ORDER BY id`, [idOf(id)]);
    expect(log).toEqual([
      { action: "offering.create", before: null, after: "Gastles lasrobots" },
      { action: "offering.update", before: "Gastles lasrobots", after: "Gastles lasrobots en cobots" },
    ]);
  });
});

