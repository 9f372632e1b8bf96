// An organiser mails everyone signed up: who may, who gets it (over real SMTP), the audit entry,
// and the daily limit.
import { describe, expect, it } from "vitest";
import { allowedFor, outcome, signedInActors } from "../../test/actors.ts";
import { sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";
import { MAILINGS_PER_DAY } from "./organiser-mail.ts";
import { signUp, signupEvent } from "./test-fixtures.ts";

const inbox = useMailbox();
const { actors, as } = await signedInActors();

const MAIL = `mutation($input: MailSignupsInput!) { mailSignups(input: $input) { __typename
  ... on SignupMailing { recipientCount mailingsLeftToday event { id } }
  ... on Error { message }
  ... on ValidationError { problems { path message } }
  ... on TooManyRequestsError { retryAfterSeconds } } }`;

const message = (eventId: string, overrides: Record<string, unknown> = {}) => ({
  eventId,
  subject: "Parkeren bij de school",
  message: "Parkeer op het plein achter de school; de ingang is aan de Molenstraat.",
  ...overrides,
});

/** The mail to an address with this subject, once it has arrived. */
async function mailWith(to: string, subject: string) {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const mail = inbox.current.received.find((m) => m.to === to && m.subject === subject);
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No mail "${subject}" to ${to}`);
}

describe("mailSignups", () => {
  it("is for the event's editors, the region's moderators and admins only", async () => {
    const event = await signupEvent({ capacity: 10 });
    await signUp(event.globalId, { email: "wie@school.example" }, "192.0.2.160");
    const seen: Record<string, string> = {};
    for (const actor of actors) seen[actor] = outcome(await as(actor, MAIL, { input: message(event.globalId) }), "mailSignups", (m) => `${m.recipientCount}`);
    expect(seen).toEqual(allowedFor(actors, ["editorA", "moderator", "admin"], "1"));
  });

  it("mails each confirmed sign-up its own manage link, Reply-To the sender; the waiting list only if asked", async () => {
    const event = await signupEvent({ capacity: 5 });
    const peer = "192.0.2.161";
    await signUp(event.globalId, { email: "komt@school.example", groupSize: 5 }, peer);
    await signUp(event.globalId, { email: "wacht@school.example", groupSize: 2 }, peer);
    const cancelled = await signUp(event.globalId, { email: "weg@school.example", groupSize: 1 }, peer);
    await sql(`UPDATE "Signup" SET status = 'CANCELLED' WHERE email = 'weg@school.example' AND "eventId" = $1`, [event.id]);
    expect(cancelled.signup.status).toBe("WAITLISTED");

    const confirmedOnly = (await as("editorA", MAIL, { input: message(event.globalId) })).data.mailSignups;
    expect(confirmedOnly).toEqual({ __typename: "SignupMailing", recipientCount: 1, mailingsLeftToday: MAILINGS_PER_DAY - 1, event: { id: event.globalId } });
    const mail = await mailWith("komt@school.example", "Parkeren bij de school");
    expect(mail.replyTo).toBe("school@techniekloket.example");
    expect(mail.text).toContain("Parkeer op het plein achter de school");
    expect(mail.text).toContain('De organisatie van "Techlab: bouw een windmolen"');
    const token = /\/aanmelding\/([a-z2-7]{32})/.exec(mail.text)![1];
    expect((await as("anonymous", `query($t: String!) { signup(manageToken: $t) { email } }`, { t: token })).data.signup.email).toBe("komt@school.example");

    const all = (await as("moderator", MAIL, { input: message(event.globalId, { subject: "Nieuwe tijd", includeWaiting: true }) })).data.mailSignups;
    expect(all.recipientCount).toBe(2);
    expect((await mailWith("wacht@school.example", "Nieuwe tijd")).replyTo).toBe("moderator@techniekloket.example");
    await mailWith("komt@school.example", "Nieuwe tijd");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.current.received.filter((m) => m.to === "weg@school.example").map((m) => m.subject)).not.toContain("Nieuwe tijd");
    expect(inbox.current.received.filter((m) => m.to === "wacht@school.example").map((m) => m.subject)).not.toContain("Parkeren bij de school");
  });

  it("writes an audit entry with the message and the count, never the recipients", async () => {
    const event = await signupEvent({ capacity: 5 });
    await signUp(event.globalId, { email: "audit@school.example", name: "Meester Jansen" }, "192.0.2.162");
    await as("editorA", MAIL, { input: message(event.globalId) });
    const [entry] = await sql(`SELECT action, after FROM "AuditEntry" WHERE "subjectType" = 'Event' AND "subjectId" = $1 AND action = 'event.mail-signups'`, [event.id]);
    expect(entry.after).toEqual({ subject: "Parkeren bij de school", message: message("").message, includeWaiting: false, recipientCount: 1 });
    expect(JSON.stringify(entry)).not.toMatch(/audit@school|Jansen/);
  });

  it("refuses bad input, an event with no one to mail, and more than the daily limit", async () => {
    const event = await signupEvent({ capacity: 5 });
    const bad = (await as("editorA", MAIL, { input: message(event.globalId, { subject: "Hi", message: "kort" }) })).data.mailSignups;
    expect(bad.problems).toEqual([
      { path: ["input", "subject"], message: "subject must be at least 3 characters" },
      { path: ["input", "message"], message: "message must be at least 10 characters" },
    ]);
    expect((await as("editorA", MAIL, { input: message(event.globalId) })).data.mailSignups).toMatchObject({ __typename: "ConflictError" });

    await signUp(event.globalId, { email: "veel@school.example" }, "192.0.2.163");
    const results = [];
    for (let n = 0; n <= MAILINGS_PER_DAY; n++) results.push((await as("editorA", MAIL, { input: message(event.globalId, { subject: `Bericht ${n}` }) })).data.mailSignups);
    expect(results.slice(0, MAILINGS_PER_DAY).every((r) => r.__typename === "SignupMailing")).toBe(true);
    expect(results[MAILINGS_PER_DAY - 1].mailingsLeftToday).toBe(0);
    expect(results[MAILINGS_PER_DAY].__typename).toBe("TooManyRequestsError");
    expect(results[MAILINGS_PER_DAY].retryAfterSeconds).toBeGreaterThan(86_000);
    // A day later the limit is clear again.
    await sql(`UPDATE "AuditEntry" SET "createdAt" = now() - interval '25 hours' WHERE "subjectId" = $1 AND action = 'event.mail-signups'`, [event.id]);
    expect((await as("editorA", MAIL, { input: message(event.globalId) })).data.mailSignups.__typename).toBe("SignupMailing");
  });
});
