// Signing up as a teacher or parent would, through the API: windows, the waiting list and its
// promotions, the manage token, the mails with the event's .ics, what organisers and others see.
import { describe, expect, it } from "vitest";
import { signedInActors } from "../../test/actors.ts";
import { graphql, sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";
import { eraseExpiredContactData, sendReminders } from "./tasks.ts";
import { signUp, signupEvent } from "./test-fixtures.ts";

const inbox = useMailbox();
const { as } = await signedInActors();

const SIGNUP_FIELDS = `__typename ... on Signup { id status groupSize waitingPosition name email } ... on Error { message }`;
const manage = (mutation: string, variables: Record<string, unknown>) =>
  "n" in variables
    ? graphql(`mutation($t: String!, $n: Int!) { ${mutation} { ${SIGNUP_FIELDS} ... on ValidationError { problems { path message } } } }`, variables)
    : graphql(`mutation($t: String!) { ${mutation} { ${SIGNUP_FIELDS} } }`, variables);

/** The mail to an address with this subject, once it has arrived (mails of one test come in any order). */
async function mailWith(to: string, subject: string) {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const mail = inbox.current.received.find((m) => m.to === to && m.subject === subject);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No mail "${subject}" to ${to}; got: ${inbox.current.received.filter((m) => m.to === to).map((m) => m.subject).join(", ")}`);
}
const statusOf = async (token: string) => (await graphql(`query($t: String!) { signup(manageToken: $t) { status waitingPosition groupSize } }`, { t: token })).data.signup;
const availability = async (globalId: string) => (await graphql(`query($id: ID!) { node(id: $id) { ... on Event { signupAvailability { isOpen remaining waitingCount } } } }`, { id: globalId })).data.node.signupAvailability;

describe("signing up", () => {
  it("confirms a class, mails the confirmation with the event's .ics and the manage link", async () => {
    const event = await signupEvent({ capacity: 30 });
    const since = inbox.current.received.length;
    const result = await signUp(event.globalId, { email: " Juf.Anna@School.example ", groupSize: 24, groupLabel: "groep 7b", remark: "Wij komen met de fiets." }, "192.0.2.101");
    expect(result.signup).toMatchObject({ status: "CONFIRMED", groupSize: 24, waitingPosition: null, email: "juf.anna@school.example" });
    expect(result.manageToken).toMatch(/^[a-z2-7]{32}$/);

    const mail = await inbox.current.nextMailTo("juf.anna@school.example", since);
    expect(mail.subject).toBe("Aangemeld: Techlab: bouw een windmolen");
    expect(mail.text).toContain(`/aanmelding/${result.manageToken}`);
    expect(mail.text).toContain("24 personen (groep 7b)");
    expect(mail.html).toContain(`/aanmelding/${result.manageToken}`);
    const [ics] = mail.attachments;
    expect(ics.filename).toMatch(/^techlab-test-.*\.ics$/);
    expect(ics.contentType).toBe("text/calendar");
    // The same VEVENT as the site's feeds: the event's global ID at the site's host, and its SEQUENCE.
    expect(ics.content).toContain(`UID:${event.globalId}@localhost:3000`);
    expect(ics.content).toMatch(/SEQUENCE:0\r\n/);
    const stored = await sql(`SELECT l.hash FROM "ManageLink" l JOIN "Signup" s ON s.id = l."signupId" WHERE s.email = 'juf.anna@school.example'`);
    expect(stored.map((row) => row.hash)).not.toContain(result.manageToken); // only the hash is kept

    expect(await availability(event.globalId)).toEqual({ isOpen: true, remaining: 6, waitingCount: 0 });
  });

  it("returns the existing sign-up to the same address, never a second seat, with a new link beside the old", async () => {
    const event = await signupEvent({ capacity: 10 });
    const first = await signUp(event.globalId, { email: "ouder@gezin.example", groupSize: 3 }, "192.0.2.102");
    const again = await signUp(event.globalId, { email: "OUDER@gezin.example", groupSize: 3 }, "192.0.2.102");
    expect(again.signup.id).toBe(first.signup.id);
    expect(again.signup.status).toBe("CONFIRMED");
    expect(again.manageToken).not.toBe(first.manageToken);
    expect((await statusOf(first.manageToken)).groupSize).toBe(3);
    expect((await statusOf(again.manageToken)).groupSize).toBe(3);
    expect(await availability(event.globalId)).toMatchObject({ remaining: 7 });
  });

  it("refuses closed events and bad input with a clear reason", async () => {
    const refusal = async (options: Parameters<typeof signupEvent>[0], overrides: Record<string, unknown> = {}) => {
      const event = await signupEvent(options);
      const result = await signUp(event.globalId, overrides, "192.0.2.103");
      return result.__typename === "ValidationError" ? result.problems.map((p: { message: string }) => p.message).join("; ") : `${result.__typename}: ${result.message}`;
    };
    expect(await refusal({ opensAt: new Date(Date.now() + 86_400_000) })).toMatch(/^ConflictError: Sign-up for this event opens at/);
    expect(await refusal({ closesAt: new Date(Date.now() - 60_000) })).toMatch(/^ConflictError: Sign-up for this event closed at/);
    expect(await refusal({ startsInDays: -1 })).toBe("ConflictError: This event has started; sign-up is closed");
    expect(await refusal({ status: "CANCELLED" })).toMatch(/^ConflictError: This event is not open for sign-up/);
    expect(await refusal({ signupMode: "EXTERNAL" })).toMatch(/^ConflictError: This event takes no sign-ups on this platform/);
    expect(await refusal({}, { acceptedPrivacyStatement: false })).toContain("the privacy statement must be accepted");
    expect(await refusal({}, { email: "geen adres", name: "A", groupSize: 0 })).toBe(
      "name must be at least 2 characters; email is not an e-mail address; groupSize must be at least 1",
    );
    const draft = await signupEvent({ status: "DRAFT" });
    expect((await signUp(draft.globalId, {}, "192.0.2.103")).message).toMatch(/not open for sign-up/);
  });
});

describe("the waiting list", () => {
  it("gives freed seats in order to each waiting group that fits; a big group does not block smaller ones", async () => {
    const event = await signupEvent({ capacity: 10 });
    const peer = "192.0.2.110";
    const a = await signUp(event.globalId, { email: "a@school.example", groupSize: 8 }, peer);
    const big = await signUp(event.globalId, { email: "big@school.example", groupSize: 6 }, peer);
    const small = await signUp(event.globalId, { email: "small@school.example", groupSize: 2 }, peer);
    const later = await signUp(event.globalId, { email: "later@school.example", groupSize: 2 }, peer);
    // 8 of 10 taken: the big group (6) waits, the small one behind it (2) fits at once, the next waits.
    expect([a.signup.status, big.signup.status, small.signup.status, later.signup.status]).toEqual(["CONFIRMED", "WAITLISTED", "CONFIRMED", "WAITLISTED"]);
    expect([big.signup.waitingPosition, later.signup.waitingPosition]).toEqual([1, 2]);

    // The first group shrinks from 8 to 5: 3 seats free; big (6) does not fit, later (2) does.
    expect((await manage(`updateSignup(manageToken: $t, groupSize: $n)`, { t: a.manageToken, n: 5 })).data.updateSignup).toMatchObject({ status: "CONFIRMED", groupSize: 5 });
    // Promoted at once and told by mail, with a link of its own; the first link keeps working.
    const promoted = await mailWith("later@school.example", "Er is plek: Techlab: bouw een windmolen");
    const mailedToken = /\/aanmelding\/([a-z2-7]{32})/.exec(promoted.text)![1];
    expect(await statusOf(mailedToken)).toEqual({ status: "CONFIRMED", waitingPosition: null, groupSize: 2 });
    expect(await statusOf(later.manageToken)).toEqual({ status: "CONFIRMED", waitingPosition: null, groupSize: 2 });
    expect(await statusOf(big.manageToken)).toEqual({ status: "WAITLISTED", waitingPosition: 1, groupSize: 6 });

    // A cancellation frees 5 more (1 + 5 = 6 free): the big group moves up.
    expect((await manage(`cancelSignup(manageToken: $t)`, { t: a.manageToken })).data.cancelSignup.status).toBe("CANCELLED");
    const bigMail = await mailWith("big@school.example", "Er is plek: Techlab: bouw een windmolen");
    expect(bigMail.attachments[0].content).toContain("BEGIN:VEVENT");
    expect(await availability(event.globalId)).toEqual({ isOpen: true, remaining: 0, waitingCount: 0 });
  });

  it("refuses a larger group that does not fit, saying how many seats are left", async () => {
    const event = await signupEvent({ capacity: 10 });
    const one = await signUp(event.globalId, { email: "een@school.example", groupSize: 6 }, "192.0.2.111");
    await signUp(event.globalId, { email: "twee@school.example", groupSize: 2 }, "192.0.2.111");
    const result = (await manage(`updateSignup(manageToken: $t, groupSize: $n)`, { t: one.manageToken, n: 9 })).data.updateSignup;
    expect(result.problems).toEqual([{ path: ["groupSize"], message: "Only 2 more seats are free, so the group can grow to at most 8; the sign-up stays at 6" }]);
    expect((await manage(`updateSignup(manageToken: $t, groupSize: $n)`, { t: one.manageToken, n: 8 })).data.updateSignup.groupSize).toBe(8);
  });

  it("moves waiting groups up when the event gets more capacity", async () => {
    const event = await signupEvent({ capacity: 2 });
    await signUp(event.globalId, { email: "eerste@school.example", groupSize: 2 }, "192.0.2.112");
    const waiting = await signUp(event.globalId, { email: "tweede@school.example", groupSize: 3 }, "192.0.2.112");
    expect(waiting.signup.status).toBe("WAITLISTED");
    const loaded = (await as("editorA", `query($id: ID!) { node(id: $id) { ... on Event { version startsAt endsAt } } }`, { id: event.globalId })).data.node;
    const input = { title: "Techlab: bouw een windmolen", kind: "TECHLAB_SESSION", startsAt: loaded.startsAt, endsAt: loaded.endsAt, capacity: 5, signupMode: "PLATFORM", onlineUrl: "https://meet.example/techlab" };
    const updated = await as("editorA", `mutation($id: ID!, $v: Int!, $i: EventInput!) { updateEvent(id: $id, version: $v, input: $i) { __typename ... on Error { message } ... on ValidationError { problems { message } } } }`, { id: event.globalId, v: loaded.version, i: input });
    expect(updated.data.updateEvent).toEqual({ __typename: "Event" });
    expect((await sql(`SELECT status FROM "Signup" WHERE email = 'tweede@school.example'`))[0].status).toBe("CONFIRMED");
  });

  it("cancels every sign-up of a cancelled event and mails the reason", async () => {
    const event = await signupEvent({ capacity: 1 });
    await signUp(event.globalId, { email: "komt@school.example" }, "192.0.2.113");
    await signUp(event.globalId, { email: "wacht@school.example" }, "192.0.2.113");
    const cancelled = await as("editorA", `mutation($id: ID!) { cancelEvent(id: $id, reason: "De bus rijdt niet.") { __typename } }`, { id: event.globalId });
    expect(cancelled.data.cancelEvent.__typename).toBe("Event");
    for (const to of ["komt@school.example", "wacht@school.example"]) {
      const mail = await mailWith(to, "Gaat niet door: Techlab: bouw een windmolen");
      expect(mail.text).toContain("De bus rijdt niet.");
    }
    expect(await sql(`SELECT DISTINCT status FROM "Signup" WHERE "eventId" = $1`, [event.id])).toEqual([{ status: "CANCELLED" }]);
  });
});

describe("the person's own data", () => {
  it("can be erased with the manage token: cancelled, contact data gone, the count stays", async () => {
    const event = await signupEvent({ capacity: 5 });
    const mine = await signUp(event.globalId, { email: "wis@school.example", phone: "06 12345678", groupSize: 4, groupLabel: "groep 8" }, "192.0.2.120");
    const erased = (await manage(`eraseSignup(manageToken: $t)`, { t: mine.manageToken })).data.eraseSignup;
    expect(erased).toMatchObject({ status: "CANCELLED", name: null, email: null });
    const [row] = await sql(`SELECT name, email, phone, "groupLabel", "groupSize", "erasedAt" FROM "Signup" WHERE id = $1`, [Number(Buffer.from(mine.signup.id, "base64").toString().split(":")[1])]);
    expect(row).toMatchObject({ name: null, email: null, phone: null, groupLabel: "groep 8", groupSize: 4 });
    expect(row.erasedAt).not.toBeNull();
  });

  it("is erased by the retention task a year after the event, keeping counts and attendance", async () => {
    const event = await signupEvent({ capacity: 5 });
    await signUp(event.globalId, { email: "oud@school.example", groupSize: 3 }, "192.0.2.121");
    await sql(`UPDATE "Event" SET "startsAt" = now() - interval '13 months', "endsAt" = now() - interval '13 months' + interval '2 hours' WHERE id = $1`, [event.id]);
    const recent = await signupEvent({ capacity: 5 });
    await signUp(recent.globalId, { email: "recent@school.example" }, "192.0.2.121");
    expect(await eraseExpiredContactData()).toBeGreaterThanOrEqual(1);
    expect(await sql(`SELECT email, "groupSize", status FROM "Signup" WHERE "eventId" = $1`, [event.id])).toEqual([{ email: null, groupSize: 3, status: "CONFIRMED" }]);
    expect(await sql(`SELECT email FROM "Signup" WHERE "eventId" = $1`, [recent.id])).toEqual([{ email: "recent@school.example" }]);
  });

  it("gets a reminder two days before, once", async () => {
    const event = await signupEvent({ capacity: 5, startsInDays: 1 });
    await signUp(event.globalId, { email: "herinner@school.example" }, "192.0.2.122");
    expect(await sendReminders()).toBeGreaterThanOrEqual(1);
    expect(await sendReminders()).toBe(0);
    expect((await mailWith("herinner@school.example", "Herinnering: Techlab: bouw een windmolen")).text).toContain("Over twee dagen");
  });
});

describe("abuse", () => {
  it(`limits sign-ups per client and per address (SIGNUP_RATE_LIMIT, default 20 an hour)`, async () => {
    const event = await signupEvent({ capacity: 100 });
    const perClient = [];
    for (let n = 0; n < 21; n++) perClient.push((await signUp(event.globalId, { email: `leerkracht${n}@school.example` }, "192.0.2.140")).__typename);
    expect(perClient.slice(0, 20).every((name) => name === "SignupWithToken")).toBe(true);
    expect(perClient[20]).toBe("TooManyRequestsError");
    const perAddress = [];
    for (let n = 0; n < 21; n++) perAddress.push((await signUp(event.globalId, { email: "steeds@school.example" }, `192.0.2.${150 + n}`)).__typename);
    expect(perAddress[20]).toBe("TooManyRequestsError");
    expect((await sql(`SELECT count(*)::int AS n FROM "Signup" WHERE email = 'steeds@school.example'`))[0].n).toBe(1);
  });
});

describe("organisers", () => {
  const LIST = `query($id: ID!) { node(id: $id) { ... on Event { signupTotals { confirmedSeats waitingCount } signups(first: 10) { totalCount edges { node { name email status } } } } } }`;

  it("read the list with contact data: the event's editors, the region's moderators and admins; nobody else", async () => {
    const event = await signupEvent({ capacity: 5 });
    await signUp(event.globalId, { email: "lijst@school.example", groupSize: 5 }, "192.0.2.130");
    const seen: Record<string, unknown> = {};
    for (const actor of ["anonymous", "editorA", "editorB", "moderator", "otherModerator", "admin"]) {
      const result = await as(actor, LIST, { id: event.globalId });
      seen[actor] = result.data?.node?.signups?.edges?.[0]?.node.email ?? result.errors?.[0]?.extensions?.code;
    }
    expect(seen).toEqual({
      anonymous: "UNAUTHENTICATED",
      editorA: "lijst@school.example",
      editorB: "FORBIDDEN",
      moderator: "lijst@school.example",
      otherModerator: "FORBIDDEN",
      admin: "lijst@school.example",
    });
    expect((await as("editorA", LIST, { id: event.globalId })).data.node.signupTotals).toEqual({ confirmedSeats: 5, waitingCount: 0 });
  });

  it("record attendance once the event has started", async () => {
    const event = await signupEvent({ capacity: 30 });
    const signup = await signUp(event.globalId, { email: "aanwezig@school.example", groupSize: 24 }, "192.0.2.131");
    const RECORD = `mutation($id: ID!) { recordAttendance(signupId: $id, attended: true, count: 22) { __typename ... on Signup { attended attendedCount } ... on Error { message } } }`;
    expect((await as("editorA", RECORD, { id: signup.signup.id })).data.recordAttendance.message).toBe("Attendance can be recorded once the event has started");
    await sql(`UPDATE "Event" SET "startsAt" = now() - interval '1 hour' WHERE id = $1`, [event.id]);
    expect((await as("editorB", RECORD, { id: signup.signup.id })).data.recordAttendance.__typename).toBe("ForbiddenError");
    expect((await as("editorA", RECORD, { id: signup.signup.id })).data.recordAttendance).toEqual({ __typename: "Signup", attended: true, attendedCount: 22 });
    expect((await graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: signup.signup.id })).data.node).toBeNull();
  });

  it("move a sign-up to another session: confirmed there if it fits, else waiting; its seats go to the old waiting list", async () => {
    const from = await signupEvent({ capacity: 24 });
    const to = await signupEvent({ capacity: 30, startsInDays: 21 });
    const full = await signupEvent({ capacity: 10, startsInDays: 28 });
    const company = await signupEvent({ capacity: 30, organisation: "warmtewerk-installaties" });
    const peer = "192.0.2.132";
    const moving = await signUp(from.globalId, { email: "verhuis@school.example", groupSize: 24 }, peer);
    const waiting = await signUp(from.globalId, { email: "wacht@school.example", groupSize: 20 }, peer);
    await signUp(full.globalId, { email: "vol@school.example", groupSize: 10 }, peer);
    const MOVE = `mutation($id: ID!, $to: ID!) { moveSignup(signupId: $id, toEventId: $to) { __typename ... on Signup { status waitingPosition event { id } } ... on Error { message } } }`;

    // Both events must be the organiser's own: editorA edits the school's, not the company's.
    expect((await as("editorA", MOVE, { id: moving.signup.id, to: company.globalId })).data.moveSignup.__typename).toBe("ForbiddenError");
    expect((await as("editorB", MOVE, { id: moving.signup.id, to: company.globalId })).data.moveSignup.__typename).toBe("ForbiddenError");
    expect((await as("editorA", MOVE, { id: moving.signup.id, to: from.globalId })).data.moveSignup.__typename).toBe("ValidationError");

    expect((await as("editorA", MOVE, { id: moving.signup.id, to: to.globalId })).data.moveSignup).toEqual({ __typename: "Signup", status: "CONFIRMED", waitingPosition: null, event: { id: to.globalId } });
    const moved = await mailWith("verhuis@school.example", "Aanmelding verplaatst: Techlab: bouw een windmolen");
    expect(moved.attachments[0].content).toContain("BEGIN:VEVENT");
    // The old link now shows the new event; the freed seats went to the waiting group.
    expect(await statusOf(moving.manageToken)).toEqual({ status: "CONFIRMED", waitingPosition: null, groupSize: 24 });
    expect(await statusOf(waiting.manageToken)).toMatchObject({ status: "CONFIRMED" });
    expect(await availability(to.globalId)).toEqual({ isOpen: true, remaining: 6, waitingCount: 0 });

    // Into a full session it waits at the back; the moderator may move it too.
    expect((await as("moderator", MOVE, { id: moving.signup.id, to: full.globalId })).data.moveSignup).toMatchObject({ status: "WAITLISTED", waitingPosition: 1 });
    expect(await availability(to.globalId)).toEqual({ isOpen: true, remaining: 30, waitingCount: 0 });
  });
});
