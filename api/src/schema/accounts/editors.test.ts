// Who edits which organisation, trusted organisations, moderators, and the audit log: who may
// manage them and what each viewer sees.
import { describe, expect, it } from "vitest";
import { allowedFor, gid, outcome, signedInActors } from "../../test/actors.ts";
import { sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";

const { actors, as, school } = await signedInActors();
const managers = ["editorA", "moderator", "admin"]; // the school's admin editor, the region's moderator, the platform admin
const inbox = useMailbox();

describe("the editors of an organisation", () => {
  it("are managed by its admins and the region's moderators", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, `mutation($o: ID!, $e: String!) { setEditor(organisation: $o, email: $e, name: "Nieuwe Redacteur", role: EDITOR) {
        __typename ... on Organisation { editors { email role } } ... on Error { message } } }`, { o: school, e: `nieuw-${actor}@school.example` });
      got[actor] = outcome(result, "setEditor", (value) => (value.editors.some((editor: any) => editor.email === `nieuw-${actor.toLowerCase()}@school.example`) ? "added" : "missing"));
    }
    expect(got).toEqual(allowedFor(actors, managers, "added"));
    const [account] = await sql(`SELECT a.name, e.role FROM "Account" a JOIN "OrganisationEditor" e ON e."accountId" = a.id WHERE a.email = 'nieuw-moderator@school.example'`);
    expect(account).toEqual({ name: "Nieuwe Redacteur", role: "EDITOR" });
  });

  it("hear of it by mail, with where to sign in", async () => {
    const since = inbox.current.received.length;
    await as("editorA", `mutation($o: ID!) { setEditor(organisation: $o, email: "Docent@School.example", name: "Dirk Docent", role: EDITOR) { __typename } }`, { o: school });
    const mail = await inbox.current.nextMailTo("docent@school.example", since);
    expect(mail.subject).toBe("Je kunt nu Het Ambachtshuis bijhouden op Techniek Loket");
    expect(mail.text).toContain("/inloggen");
  });

  it("are listed only to those who manage them, who alone may manage them", async () => {
    const rights: Record<string, boolean> = {};
    for (const actor of actors) rights[actor] = (await as(actor, `query($id: ID!) { node(id: $id) { ... on Organisation { viewerCanManageEditors } } }`, { id: school })).data.node.viewerCanManageEditors;
    expect(rights).toEqual(Object.fromEntries(actors.map((actor) => [actor, managers.includes(actor)])));
  });

  it("are listed only to those who manage them", async () => {
    const seen: Record<string, number> = {};
    for (const actor of actors) seen[actor] = (await as(actor, `query($id: ID!) { node(id: $id) { ... on Organisation { editors { email } } } }`, { id: school })).data.node.editors.length;
    expect(Object.fromEntries(actors.map((actor) => [actor, seen[actor] > 0]))).toEqual(Object.fromEntries(actors.map((actor) => [actor, managers.includes(actor)])));
  });

  it("can be removed; the account keeps no right to edit", async () => {
    await as("editorA", `mutation($o: ID!) { setEditor(organisation: $o, email: "weg@school.example", name: "Tijdelijk", role: EDITOR) { __typename } }`, { o: school });
    const removed = await as("editorA", `mutation($o: ID!) { removeEditor(organisation: $o, email: "weg@school.example") { __typename } }`, { o: school });
    expect(removed.data.removeEditor.__typename).toBe("Organisation");
    expect(await sql(`SELECT 1 FROM "OrganisationEditor" e JOIN "Account" a ON a.id = e."accountId" WHERE a.email = 'weg@school.example'`)).toEqual([]);
    const again = await as("editorA", `mutation($o: ID!) { removeEditor(organisation: $o, email: "weg@school.example") { __typename } }`, { o: school });
    expect(again.data.removeEditor.__typename).toBe("NotFoundError");
  });
});

describe("a trusted organisation", () => {
  it("is marked by the region's moderators, and then its editors publish without review", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, `mutation($o: ID!) { setOrganisationTrusted(organisation: $o, trusted: true) { __typename ... on Organisation { trusted } ... on Error { message } } }`, { o: school });
      got[actor] = outcome(result, "setOrganisationTrusted", (value) => String(value.trusted));
    }
    expect(got).toEqual(allowedFor(actors, ["moderator", "admin"], "true"));
    const created = await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ... on Event { id } } }`, {
      o: school,
      i: { title: "Open Techlab", kind: "OPEN_DAY", startsAt: "2027-04-01T14:00:00Z", endsAt: "2027-04-01T16:00:00Z", venue: { name: "Techlab", city: "Oss" } },
    });
    const submitted = await as("editorA", `mutation($id: ID!) { submitEvent(id: $id) { ... on Event { status } } }`, { id: created.data.createEvent.id });
    expect(submitted.data.submitEvent.status).toBe("PUBLISHED");
  });
});

describe("moderators of a region", () => {
  it("are appointed by platform admins only", async () => {
    const [{ id: region }] = await sql(`SELECT id FROM "Region" WHERE slug = 'noordoost-brabant'`);
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, `mutation($r: ID!, $e: String!) { setModerator(region: $r, email: $e, name: "Nieuwe Moderator") { __typename ... on Region { slug } ... on Error { message } } }`, {
        r: gid("Region", region),
        e: `mod-${actor}@programma.example`,
      });
      got[actor] = outcome(result, "setModerator", (value) => value.slug);
    }
    expect(got).toEqual(allowedFor(actors, ["admin"], "noordoost-brabant"));
  });
});

describe("the audit log", () => {
  it("shows the changes of a region to its moderators and admins only", async () => {
    const seen: Record<string, string> = {};
    for (const actor of actors) {
      const result = await as(actor, `{ auditLog(first: 100) { edges { node { action subject by at } } } }`);
      seen[actor] = result.data?.auditLog ? (result.data.auditLog.edges.length > 0 ? "entries" : "none") : (result.errors?.[0].extensions?.code ?? "?");
    }
    expect(seen).toEqual({ anonymous: "UNAUTHENTICATED", editorA: "none", editorB: "none", moderator: "entries", otherModerator: "none", admin: "entries" });
    const entry = (await as("moderator", `{ auditLog(first: 1) { edges { node { action by } } } }`)).data.auditLog.edges[0].node;
    expect(entry.by).toMatch(/@/);
  });
});
