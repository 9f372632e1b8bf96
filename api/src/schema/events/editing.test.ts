// Editing events through the API, as partners and the site do it: the authorisation matrix (every
// actor against every action), the states, versions, validation and what each viewer sees.
import { describe, expect, it } from "vitest";
import { sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";
import { allowedFor as expected, gid, idOf, outcome as outcomeOf, schoolEditors as editors, signedInActors } from "../../test/actors.ts";

const { actors, as, school } = await signedInActors();

const input = (overrides: Record<string, unknown> = {}) => ({
  title: "Techlab: bouw een windmolen",
  summary: "Groep 7 en 8 bouwen en testen een windmolen.",
  kind: "TECHLAB_SESSION",
  startsAt: "2027-03-10T08:30:00Z",
  endsAt: "2027-03-10T11:30:00Z",
  venue: { name: "Het Ambachtshuis, Techlab", street: "Kruisstraat 1", postalCode: "5341ab", city: "Oss" },
  audiences: ["PO_GROUP_7", "PO_GROUP_8"],
  themes: ["robotica"],
  actionLines: [1],
  ...overrides,
});

const RESULT = `__typename ... on Event { id status version slug viewerCanEdit } ... on Error { message } ... on ValidationError { problems { path message } }`;

async function draftOfSchool(): Promise<number> {
  const result = await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${RESULT} } }`, { o: school, i: input() });
  expect(result.data.createEvent.__typename).toBe("Event");
  return idOf(result.data.createEvent.id);
}
const inState = async (status: string) => {
  const id = await draftOfSchool();
  await sql(`UPDATE "Event" SET status = $2::"EventStatus", "publishedAt" = CASE WHEN $2::text IN ('PUBLISHED', 'CANCELLED') THEN now() END WHERE id = $1`, [id, status]);
  return id;
};

const outcome = (result: Parameters<typeof outcomeOf>[0], field: string) =>
  outcomeOf(result, field, (value) => (value.__typename === "DeletedEvent" ? "deleted" : value.status));
const allowedFor = (allowed: string[], yes: string | ((actor: string) => string)) => expected(actors, allowed, yes);

const moderators = ["moderator", "admin"];

describe("the authorisation matrix", () => {
  it("reading a draft: its editors, the region's moderators and admins", async () => {
    const id = await draftOfSchool();
    const seen: Record<string, boolean> = {};
    for (const actor of actors) seen[actor] = (await as(actor, `query($id: ID!) { node(id: $id) { id } }`, { id: gid("Event", id) })).data.node !== null;
    expect(seen).toEqual(Object.fromEntries(actors.map((actor) => [actor, editors.includes(actor)])));
  });

  it("creating an event for an organisation", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      got[actor] = outcome(await as(actor, `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${RESULT} } }`, { o: school, i: input() }), "createEvent");
    }
    expect(got).toEqual(allowedFor(editors, "DRAFT"));
  });

  const cases: [string, string, string[], string | ((actor: string) => string), string][] = [
    ["editing", "DRAFT", editors, "DRAFT", `mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, version: 1, input: $i) { ${RESULT} } }`],
    ["submitting", "DRAFT", editors, (actor) => (actor === "editorA" ? "SUBMITTED" : "PUBLISHED"), `mutation($id: ID!) { submitEvent(id: $id) { ${RESULT} } }`],
    ["publishing", "SUBMITTED", moderators, "PUBLISHED", `mutation($id: ID!) { publishEvent(id: $id) { ${RESULT} } }`],
    ["rejecting", "SUBMITTED", moderators, "REJECTED", `mutation($id: ID!) { rejectEvent(id: $id, reason: "Vermeld de leeftijd.") { ${RESULT} } }`],
    ["cancelling", "PUBLISHED", editors, "CANCELLED", `mutation($id: ID!) { cancelEvent(id: $id, reason: "De bus rijdt niet.") { ${RESULT} } }`],
    ["deleting", "DRAFT", editors, "deleted", `mutation($id: ID!) { deleteEvent(id: $id) { __typename ... on Error { message } } }`],
  ];
  it.each(cases)("%s an event (%s)", async (_what, state, allowed, yes, mutation) => {
    const got: Record<string, string> = {};
    const field = /\{ (\w+)\(/.exec(mutation)![1];
    for (const actor of actors) {
      const variables = { id: gid("Event", await inState(state)), ...(mutation.includes("$i:") ? { i: input({ title: "Techlab: windmolens" }) } : {}) };
      got[actor] = outcome(await as(actor, mutation, variables), field);
    }
    expect(got).toEqual(allowedFor(allowed, yes));
  });
});

describe("editing", () => {
  const inbox = useMailbox();

  it("refuses the second of two saves of the same version, and changes nothing for it", async () => {
    const id = await draftOfSchool();
    const save = (title: string) =>
      as("editorA", `mutation($id: ID!, $i: EventInput!) { updateEvent(id: $id, version: 1, input: $i) { ${RESULT} ... on ConflictError { currentVersion } } }`, {
        id: gid("Event", id),
        i: input({ title }),
      });
    const results = await Promise.all([save("Eerste versie"), save("Tweede versie")]);
    const kinds = results.map((result) => result.data.updateEvent.__typename).sort();
    expect(kinds).toEqual(["ConflictError", "Event"]);
    const winner = results.find((result) => result.data.updateEvent.__typename === "Event")!.data.updateEvent;
    const [row] = await sql(`SELECT title, version FROM "Event" WHERE id = $1`, [id]);
    expect(row.version).toBe(2);
    expect(results.find((result) => result.data.updateEvent.__typename === "ConflictError")!.data.updateEvent.currentVersion).toBe(2);
    expect(winner.version).toBe(2);
  });

  it("puts each broken rule on its field", async () => {
    const result = await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${RESULT} } }`, {
      o: school,
      i: input({ endsAt: "2027-03-10T07:00:00Z", signupMode: "EXTERNAL", audiences: ["PO_GROUP_7"] }),
    });
    expect(result.data.createEvent.__typename).toBe("ValidationError");
    expect(result.data.createEvent.problems).toEqual(
      expect.arrayContaining([
        { path: ["input", "endsAt"], message: "endsAt must be after startsAt" },
        { path: ["input", "signupUrl"], message: "signupUrl is required when signupMode is EXTERNAL" },
      ]),
    );
    const unknown = await as("editorA", `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${RESULT} } }`, { o: school, i: input({ themes: ["tijdreizen"] }) });
    expect(unknown.data.createEvent.problems).toEqual([{ path: ["input", "themes"], message: "themes: unknown tijdreizen" }]);
  });

  it("adds as co-organisers only organisations the editor edits; a moderator may add any", async () => {
    const [{ id: company }] = await sql(`SELECT id FROM "Organisation" WHERE slug = 'warmtewerk-installaties'`);
    const create = (actor: string) =>
      as(actor, `mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { ${RESULT} ... on Event { organisers { organisation { slug } } } } }`, {
        o: school,
        i: input({ coOrganisers: [gid("Organisation", company)] }),
      });
    expect((await create("editorA")).data.createEvent.problems).toEqual([
      { path: ["input", "coOrganisers"], message: "coOrganisers: only organisations you edit can be added; ask the region's moderator for others" },
    ]);
    expect((await create("moderator")).data.createEvent.organisers.map((organiser: any) => organiser.organisation.slug)).toEqual(["het-ambachtshuis", "warmtewerk-installaties"]);
  });

  it("a rejected event goes back to its editors with the reason by e-mail; resubmitted and published, it is in the agenda", async () => {
    const id = await draftOfSchool();
    const event = gid("Event", id);
    expect(outcome(await as("editorA", `mutation($id: ID!) { submitEvent(id: $id) { ${RESULT} } }`, { id: event }), "submitEvent")).toBe("SUBMITTED");
    const queue = await as("moderator", `{ events(first: 100, filter: { statuses: [SUBMITTED] }) { edges { node { id } } } }`);
    expect(queue.data.events.edges.map((edge: any) => edge.node.id)).toContain(event);
    expect((await as("anonymous", `{ events(first: 100, filter: { statuses: [SUBMITTED] }) { totalCount } }`)).data.events.totalCount).toBe(0);

    const since = inbox.current.received.length;
    expect(outcome(await as("moderator", `mutation($id: ID!) { rejectEvent(id: $id, reason: "Vermeld voor welke groepen.") { ${RESULT} } }`, { id: event }), "rejectEvent")).toBe("REJECTED");
    const mail = await inbox.current.nextMailTo("school@techniekloket.example", since);
    expect(mail.text).toContain("Vermeld voor welke groepen.");

    expect(outcome(await as("editorA", `mutation($id: ID!) { submitEvent(id: $id) { ${RESULT} } }`, { id: event }), "submitEvent")).toBe("SUBMITTED");
    expect(outcome(await as("moderator", `mutation($id: ID!) { publishEvent(id: $id) { ${RESULT} } }`, { id: event }), "publishEvent")).toBe("PUBLISHED");
    const agenda = await as("anonymous", `{ events(first: 100, filter: { organisation: "het-ambachtshuis", from: "2027-03-01T00:00:00Z", to: "2027-03-31T00:00:00Z" }) { edges { node { id } } } }`);
    expect(agenda.data.events.edges.map((edge: any) => edge.node.id)).toContain(event);
    const log = await sql(`SELECT action FROM "AuditEntry" WHERE "subjectType" = 'Event' AND "subjectId" = $1 ORDER BY id`, [id]);
    expect(log.map((entry) => entry.action)).toEqual(["event.create", "event.submit", "event.reject", "event.submit", "event.publish"]);
  });

  it("only an event never published can be deleted; a published one is cancelled and stays in feeds", async () => {
    const id = await inState("PUBLISHED");
    const deleted = await as("editorA", `mutation($id: ID!) { deleteEvent(id: $id) { __typename ... on Error { message } } }`, { id: gid("Event", id) });
    expect(deleted.data.deleteEvent.__typename).toBe("ConflictError");
    const cancelled = await as("editorA", `mutation($id: ID!) { cancelEvent(id: $id, reason: "Te weinig aanmeldingen.") { ... on Event { status cancellationReason sequence } } }`, { id: gid("Event", id) });
    expect(cancelled.data.cancelEvent).toEqual({ status: "CANCELLED", cancellationReason: "Te weinig aanmeldingen.", sequence: 1 });
  });
});
