// Booking requests through the API: a teacher asks without an account, the provider's editors
// (and the region's moderators) answer, the requester follows it with the manage token; mails go
// through the real outbox to a real SMTP server; two answers at once make one event.
import { describe, expect, it } from "vitest";
import { allowedFor, gid, idOf, outcome, signedInActors } from "../../test/actors.ts";
import { graphql, sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";
import { eraseExpiredBookingContacts } from "./tasks.ts";

const { actors, as } = await signedInActors();
const inbox = useMailbox();
const providers = ["editorB", "moderator", "admin"]; // the company's editor, the region's moderator, the platform admin

// A bookable guest lesson of the demo company, booked on this platform (no external booking address).
const [{ id: offeringId, maxGroupSize }] = await sql(`
  UPDATE "Offering" SET bookable = true, "bookingUrl" = NULL, "maxGroupSize" = 30, active = true
  WHERE id = (SELECT o.id FROM "Offering" o JOIN "Organisation" g ON g.id = o."organisationId"
              WHERE g.slug = 'warmtewerk-installaties' ORDER BY (o.kind = 'GUEST_LESSON') DESC, o.id LIMIT 1)
  RETURNING id, "maxGroupSize"`);
const offering = gid("Offering", offeringId);
const [{ id: schoolId }] = await sql(`SELECT id FROM "Organisation" WHERE slug = 'het-ambachtshuis'`);

let teacher = 0;
const request = (overrides: Record<string, unknown> = {}) => ({
  offeringId: offering,
  preferredDates: "Een dinsdagochtend in maart",
  groupSize: 24,
  groupLabel: "2 vmbo",
  organisationId: gid("Organisation", schoolId),
  name: "Dirk Docent",
  email: `docent${++teacher}@school.example`,
  phone: "0412 123 456",
  remark: "Graag iets met warmtepompen.",
  acceptedPrivacyStatement: true,
  ...overrides,
});

const REQUEST = `mutation($i: RequestBookingInput!) { requestBooking(input: $i) { __typename
  ... on RequestBookingPayload { manageToken bookingRequest { id status offeringTitle schoolName groupSize } }
  ... on ValidationError { problems { path message } } ... on Error { message } } }`;
const RESPOND = `mutation($i: RespondToBookingRequestInput!) { respondToBookingRequest(input: $i) { __typename
  ... on BookingRequest { status response proposedStartsAt event { slug title signupMode status capacity organisers { organisation { slug } } } }
  ... on ValidationError { problems { path message } } ... on Error { message } } }`;
const BY_TOKEN = `query($t: String!) { bookingRequest(manageToken: $t) { status response proposedStartsAt event { slug } provider { slug } name } }`;

const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/** A new request from a teacher at their own address (so the per-address limit never counts twice). */
async function newRequest(overrides: Record<string, unknown> = {}) {
  const variables = request(overrides);
  const before = inbox.current.received.length;
  const result = await graphql(REQUEST, { i: variables }, { peer: `198.51.100.${teacher}` });
  expect(result.data.requestBooking.__typename).toBe("RequestBookingPayload");
  const { manageToken, bookingRequest } = result.data.requestBooking;
  // The receipt first, so a test's next mail to this address is the answer's.
  await inbox.current.nextMailTo(variables.email as string, before);
  return { token: manageToken as string, id: bookingRequest.id as string, email: variables.email as string };
}

const tokenIn = (text: string) => /\/aanvraag\/([a-z0-9]+)/.exec(text)?.[1] ?? "";

describe("requesting a booking", () => {
  it("needs no account; the company's editor and the requester are mailed, the editors see it", async () => {
    const since = inbox.current.received.length;
    const { token, id, email } = await newRequest();
    expect(token).toMatch(/^[a-z0-9]{32}$/);
    const [row] = await sql(`SELECT status, (SELECT array_agg(hash) FROM "ManageLink" WHERE "bookingRequestId" = r.id) AS hashes FROM "BookingRequest" r WHERE id = $1`, [idOf(id)]);
    expect(row.status).toBe("OPEN");
    expect(row.hashes).toHaveLength(1);
    expect(row.hashes).not.toContain(token); // only the hash is kept

    const toEditor = await inbox.current.nextMailTo("bedrijf@techniekloket.example", since);
    expect(toEditor.subject).toMatch(/^Nieuwe aanvraag: /);
    expect(toEditor.text).toContain("2 vmbo, 24 personen, van Het Ambachtshuis");
    expect(toEditor.text).toContain(`/beheer/aanvragen/${idOf(id)}`);
    const toTeacher = await inbox.current.nextMailTo(email, since);
    expect(toTeacher.subject).toMatch(/^Je aanvraag is verstuurd: /);
    expect(tokenIn(toTeacher.text)).toBe(token);
    expect(toTeacher.html).toContain(`/aanvraag/${token}`);

    const own = await graphql(BY_TOKEN, { t: token });
    expect(own.data.bookingRequest).toMatchObject({ status: "OPEN", name: "Dirk Docent", provider: { slug: "warmtewerk-installaties" } });
    expect((await graphql(BY_TOKEN, { t: "x".repeat(32) })).data.bookingRequest).toBeNull();
  });

  it("refuses a bad request field by field", async () => {
    const result = await graphql(REQUEST, {
      i: request({ groupSize: maxGroupSize + 1, email: "geen-adres", acceptedPrivacyStatement: false, organisationId: null, organisationName: "", preferredDates: "" }),
    });
    const paths = result.data.requestBooking.problems.map((problem: any) => problem.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["input.email", "input.acceptedPrivacyStatement", "input.organisationName", "input.preferredDates"]));
    const tooLarge = await graphql(REQUEST, { i: request({ groupSize: maxGroupSize + 1 }) });
    expect(tooLarge.data.requestBooking.problems).toEqual([{ path: ["input", "groupSize"], message: `groupSize must be at most ${maxGroupSize} for this offering` }]);
  });

  it("takes a school by name when it is not in the directory, and refuses offerings that are not bookable here", async () => {
    const { token } = await newRequest({ organisationId: null, organisationName: "Basisschool De Klimop" });
    expect((await graphql(`query($t: String!) { bookingRequest(manageToken: $t) { schoolName school { slug } } }`, { t: token })).data.bookingRequest).toEqual({ schoolName: "Basisschool De Klimop", school: null });
    const [{ id: other }] = await sql(`SELECT id FROM "Offering" WHERE NOT bookable LIMIT 1`);
    const refused = await graphql(REQUEST, { i: request({ offeringId: gid("Offering", other) }) });
    expect(refused.data.requestBooking.problems[0].path).toEqual(["input", "offeringId"]);
  });
});

describe("answering a request", () => {
  it("is for the provider's editors and the region's moderators (the authorisation matrix)", async () => {
    const got: Record<string, string> = {};
    for (const actor of actors) {
      const { id } = await newRequest();
      const result = await as(actor, RESPOND, { i: { id, action: "DECLINE", message: "Die week zijn we dicht." } });
      got[actor] = outcome(result, "respondToBookingRequest", (value) => value.status);
    }
    expect(got).toEqual(allowedFor(actors, providers, "DECLINED"));
  });

  it("lists an organisation's requests, open first, only to its editors and moderators", async () => {
    const { id } = await newRequest();
    const LIST = `query { organisation(slug: "warmtewerk-installaties") { bookingRequests(first: 100) { totalCount edges { node { id status } } } } }`;
    const seen: Record<string, boolean> = {};
    for (const actor of actors) {
      const list = (await as(actor, LIST)).data.organisation.bookingRequests;
      seen[actor] = list.edges.some((edge: any) => edge.node.id === id);
      if (seen[actor]) {
        const statuses = list.edges.map((edge: any) => edge.node.status);
        expect(statuses.indexOf("DECLINED")).toBeGreaterThan(statuses.lastIndexOf("OPEN"));
      } else expect(list.totalCount).toBe(0);
    }
    expect(seen).toEqual(Object.fromEntries(actors.map((actor) => [actor, providers.includes(actor)])));
    const open = await as("editorB", `query { organisation(slug: "warmtewerk-installaties") { bookingRequests(first: 100, statuses: [OPEN]) { edges { node { status } } } } }`);
    expect(new Set(open.data.organisation.bookingRequests.edges.map((edge: any) => edge.node.status))).toEqual(new Set(["OPEN"]));
    expect((await as("anonymous", `query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    expect((await as("editorB", `query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toEqual({ id });
  });

  it("accepting makes an invitation-only event with the group's sign-up confirmed, mailed with the date", async () => {
    const { id, email } = await newRequest();
    const since = inbox.current.received.length;
    const accepted = await as("editorB", RESPOND, { i: { id, action: "ACCEPT", startsAt: inDays(30), endsAt: inDays(30, 11), message: "Tot dan!" } });
    const answer = accepted.data.respondToBookingRequest;
    expect(answer).toMatchObject({ status: "ACCEPTED", event: { signupMode: "INVITATION", status: "PUBLISHED", capacity: 24, organisers: [{ organisation: { slug: "warmtewerk-installaties" } }] } });
    const [signup] = await sql(`SELECT s.status, s."groupSize", s.email, e."offeringId" FROM "Signup" s JOIN "Event" e ON e.id = s."eventId" WHERE e.slug = $1`, [answer.event.slug]);
    expect(signup).toEqual({ status: "CONFIRMED", groupSize: 24, email, offeringId });
    const anonymous = await graphql(`query($s: String!) { event(slug: $s) { title signupMode } }`, { s: answer.event.slug });
    expect(anonymous.data.event.signupMode).toBe("INVITATION");

    const mail = await inbox.current.nextMailTo(email, since);
    // 09:00 and 11:00 UTC are 10:00 and 12:00 in Amsterdam in winter, 11:00 and 13:00 in summer.
    expect(mail.subject).toMatch(/^Afgesproken: .+ op \S+dag \d+ \S+ \d{4} van (10:00 tot 12:00|11:00 tot 13:00)$/);
    expect(mail.text).toContain(`/agenda/${answer.event.slug}`);
    // The mail's link is the one that works now.
    expect((await graphql(BY_TOKEN, { t: tokenIn(mail.text) })).data.bookingRequest).toMatchObject({ status: "ACCEPTED", event: { slug: answer.event.slug } });
    const [audit] = await sql(`SELECT action, after::text FROM "AuditEntry" WHERE "subjectType" = 'BookingRequest' AND "subjectId" = $1`, [idOf(id)]);
    expect(audit.action).toBe("bookingRequest.accept");
    expect(audit.after).not.toContain(email);
  });

  it("two editors accepting at once make one event; the second is told it was answered", async () => {
    const { id } = await newRequest();
    const answer = () => as("editorB", RESPOND, { i: { id, action: "ACCEPT", startsAt: inDays(20), endsAt: inDays(20, 11) } });
    const results = await Promise.all([answer(), answer(), as("moderator", RESPOND, { i: { id, action: "ACCEPT", startsAt: inDays(21), endsAt: inDays(21, 11) } })]);
    const types = results.map((result) => result.data.respondToBookingRequest.__typename).sort();
    expect(types).toEqual(["BookingRequest", "ConflictError", "ConflictError"]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM "Event" e JOIN "BookingRequest" b ON b."eventId" = e.id WHERE b.id = $1`, [idOf(id)]);
    const [{ events }] = await sql(`SELECT count(*)::int AS events FROM "Event" WHERE "offeringId" = $1 AND "signupMode" = 'INVITATION' AND "startsAt" >= now() + interval '19 days' AND "startsAt" < now() + interval '22 days'`, [offeringId]);
    expect([n, events]).toEqual([1, 1]);
  });

  it("a proposal is accepted by the requester from the manage link, or the request withdrawn", async () => {
    const { id, email } = await newRequest();
    const since = inbox.current.received.length;
    const proposed = await as("editorB", RESPOND, { i: { id, action: "PROPOSE", startsAt: inDays(40), endsAt: inDays(40, 10), message: "Kan het een week later?" } });
    expect(proposed.data.respondToBookingRequest.status).toBe("PROPOSED");
    const mail = await inbox.current.nextMailTo(email, since);
    expect(mail.subject).toMatch(/^Voorstel voor een andere datum: /);
    expect(mail.text).toContain("Kan het een week later?");
    const token = tokenIn(mail.text);

    const accept = `mutation($t: String!) { acceptBookingProposal(manageToken: $t) { __typename ... on BookingRequest { status event { startsAt } } ... on Error { message } } }`;
    const accepted = await graphql(accept, { t: token });
    expect(accepted.data.acceptBookingProposal).toMatchObject({ __typename: "BookingRequest", status: "ACCEPTED", event: { startsAt: inDays(40) } });
    expect((await graphql(accept, { t: token })).data.acceptBookingProposal.__typename).toBe("ConflictError");
    const withdraw = `mutation($t: String!) { withdrawBookingRequest(manageToken: $t) { __typename ... on BookingRequest { status } } }`;
    expect((await graphql(withdraw, { t: token })).data.withdrawBookingRequest.__typename).toBe("ConflictError");

    const other = await newRequest();
    expect((await graphql(withdraw, { t: other.token })).data.withdrawBookingRequest).toEqual({ __typename: "BookingRequest", status: "WITHDRAWN" });
    expect((await graphql(withdraw, { t: "onbekend" })).data.withdrawBookingRequest.__typename).toBe("NotFoundError");
    expect((await as("editorB", RESPOND, { i: { id: other.id, action: "DECLINE", message: "Te laat." } })).data.respondToBookingRequest.__typename).toBe("ConflictError");
  });

  it("refuses an answer without the date or message it needs", async () => {
    const { id } = await newRequest();
    const result = await as("editorB", RESPOND, { i: { id, action: "PROPOSE", startsAt: inDays(-1) } });
    const paths = result.data.respondToBookingRequest.problems.map((problem: any) => problem.path.join("."));
    expect(paths.sort()).toEqual(["input.endsAt", "input.message", "input.startsAt"]);
  });
});

describe("retention", () => {
  it("erases the requester's contact data and links a while after the request is done; what was asked stays", async () => {
    const done = await newRequest({ email: "oud@school.example" });
    const recent = await newRequest({ email: "recent@school.example" });
    await sql(`UPDATE "BookingRequest" SET status = 'DECLINED', "updatedAt" = now() - interval '13 months' WHERE id = $1`, [idOf(done.id)]);
    expect(await eraseExpiredBookingContacts()).toBeGreaterThanOrEqual(1);
    const rows = await sql(`SELECT id, email, name, "groupSize", "erasedAt" IS NOT NULL AS erased FROM "BookingRequest" WHERE id = ANY($1) ORDER BY id`, [[idOf(done.id), idOf(recent.id)]]);
    expect(rows.map(({ email, name, erased }) => ({ email, name, erased }))).toEqual([
      { email: null, name: null, erased: true },
      { email: "recent@school.example", name: expect.any(String), erased: false },
    ]);
    expect(rows[0].groupSize).toBeGreaterThan(0);
    expect((await graphql(BY_TOKEN, { t: done.token })).data.bookingRequest).toBeNull();
    expect((await graphql(BY_TOKEN, { t: recent.token })).data.bookingRequest.status).toBe("OPEN");
  });
});
