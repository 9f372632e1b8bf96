// Signing in as a user would: ask for a code, read it from the mail that arrives over SMTP, sign
// in, use the token, sign out. Wrong and reused codes, limits, and sessions that end.
import { describe, expect, it } from "vitest";
import { graphql, sql } from "../../test/graphql.ts";
import { useMailbox } from "../../test/mailbox.ts";

const school = "school@techniekloket.example";
const inbox = useMailbox();

const REQUEST = `mutation($email: String!) { requestSignInCode(email: $email) { __typename ... on SignInCodeSent { email expiresInMinutes } ... on Error { message } } }`;
const SIGN_IN = `mutation($email: String!, $code: String!) { signInWithCode(email: $email, code: $code) {
  __typename ... on SignIn { token expiresAt viewer { email name memberships { role organisation { slug } } } } ... on Error { message } } }`;
const VIEWER = `{ viewer { email platformAdmin memberships { role organisation { slug } } moderatedRegions { slug } } }`;

/** Asks for a code as a client at `peer` and returns it, read from the mail. */
async function codeFor(email: string, peer = "192.0.2.10") {
  const since = inbox.current.received.length;
  const result = await graphql(REQUEST, { email }, { peer });
  expect(result.data.requestSignInCode).toEqual({ __typename: "SignInCodeSent", email: email.toLowerCase(), expiresInMinutes: 10 });
  const mail = await inbox.current.nextMailTo(email.toLowerCase(), since);
  const code = /inlogcode is (\d{6})/.exec(mail.text)?.[1];
  expect(code).toMatch(/^\d{6}$/);
  return { code: code!, mail };
}

const asViewer = (token: string, query = VIEWER) => graphql(query, {}, { headers: { authorization: `Bearer ${token}` } });

describe("signing in with a code from the mail", () => {
  it("mails a code in Dutch, which signs in once; the token then identifies the account", async () => {
    const { code, mail } = await codeFor("School@TechniekLoket.example");
    expect(mail.subject).toContain(code);
    expect(mail.text).toContain(`/inloggen/code?email=${encodeURIComponent(school)}&code=${code}`);
    expect(mail.html).toContain(`/inloggen/code?email=${encodeURIComponent(school)}&#38;code=${code}`);

    const signedIn = await graphql(SIGN_IN, { email: school, code });
    expect(signedIn.data.signInWithCode).toMatchObject({
      __typename: "SignIn",
      viewer: { email: school, memberships: [{ role: "ADMIN", organisation: { slug: "het-ambachtshuis" } }] },
    });
    const { token } = signedIn.data.signInWithCode;
    expect((await asViewer(token)).data.viewer).toMatchObject({ email: school, platformAdmin: false });
    const stored = await sql(`SELECT id FROM "Session"`);
    expect(stored.map((row) => row.id)).not.toContain(token); // only the hash is kept

    const again = await graphql(SIGN_IN, { email: school, code });
    expect(again.data.signInWithCode.__typename).toBe("InvalidSignInCodeError");
  });

  it("gives the same answer for an unknown address, and sends it nothing", async () => {
    const before = inbox.current.received.length;
    const result = await graphql(REQUEST, { email: "nobody@elsewhere.example" }, { peer: "192.0.2.11" });
    expect(result.data.requestSignInCode).toEqual({ __typename: "SignInCodeSent", email: "nobody@elsewhere.example", expiresInMinutes: 10 });
    await codeFor("moderator@techniekloket.example", "192.0.2.11"); // a later mail arrives; the unknown one never did
    expect(inbox.current.received.slice(before).map((mail) => mail.to)).toEqual(["moderator@techniekloket.example"]);
  });

  it("refuses a wrong code, and after five wrong attempts also the right one", async () => {
    const email = "bedrijf@techniekloket.example";
    const { code } = await codeFor(email, "192.0.2.12");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await graphql(SIGN_IN, { email, code: wrong }, { peer: "192.0.2.12" })).data.signInWithCode.__typename).toBe("InvalidSignInCodeError");
    }
    expect((await graphql(SIGN_IN, { email, code }, { peer: "192.0.2.12" })).data.signInWithCode.__typename).toBe("InvalidSignInCodeError");
  });

  it("replaces an older code with a newer one", async () => {
    const email = "admin@techniekloket.example";
    const first = await codeFor(email, "192.0.2.13");
    const second = await codeFor(email, "192.0.2.13");
    if (first.code !== second.code) {
      expect((await graphql(SIGN_IN, { email, code: first.code }, { peer: "192.0.2.13" })).data.signInWithCode.__typename).toBe("InvalidSignInCodeError");
    }
    const signedIn = await graphql(SIGN_IN, { email, code: second.code }, { peer: "192.0.2.13" });
    expect(signedIn.data.signInWithCode.__typename).toBe("SignIn");
    expect((await asViewer(signedIn.data.signInWithCode.token)).data.viewer).toMatchObject({ platformAdmin: true });
  });

  it("limits code requests per address", async () => {
    const email = "moderator@techniekloket.example";
    const results = [];
    for (let i = 0; i < 6; i++) results.push((await graphql(REQUEST, { email }, { peer: "192.0.2.14" })).data.requestSignInCode.__typename);
    expect(results.at(-1)).toBe("TooManyRequestsError");
  });

  it("limits code requests per client, but not for the site's own server, which limits its visitors itself", async () => {
    const ask = (n: number, peer: string) => graphql(REQUEST, { email: `iemand${n}@elders.example` }, { peer }).then((result) => result.data.requestSignInCode.__typename);
    const direct = [];
    for (let n = 0; n < 21; n++) direct.push(await ask(n, "192.0.2.30"));
    expect(direct.at(-1)).toBe("TooManyRequestsError");
    const site = [];
    for (let n = 0; n < 25; n++) site.push(await ask(n, "127.0.0.1"));
    expect(new Set(site)).toEqual(new Set(["SignInCodeSent"]));
  });

  it("refuses an address that is not one, with the field it concerns", async () => {
    const result = await graphql(`mutation { requestSignInCode(email: "not an address") { ... on ValidationError { problems { path message } } } }`);
    expect(result.data.requestSignInCode.problems).toEqual([{ path: ["email"], message: "email is not an e-mail address" }]);
  });
});

describe("sessions", () => {
  async function signIn(email: string, peer: string) {
    const { code } = await codeFor(email, peer);
    return (await graphql(SIGN_IN, { email, code }, { peer })).data.signInWithCode.token as string;
  }

  it("end with signOut, and all of them with signOutEverywhere", async () => {
    const email = "sessions@techniekloket.example";
    await sql(`INSERT INTO "Account" (email, name, "updatedAt") VALUES ($1, 'Sessie Test', now())`, [email]);
    const laptop = await signIn(email, "192.0.2.20");
    const phone = await signIn(email, "192.0.2.21");
    const tablet = await signIn(email, "192.0.2.22");
    expect((await asViewer(laptop, `mutation { signOut { endedSessions } }`)).data.signOut.endedSessions).toBe(1);
    expect((await asViewer(laptop)).data.viewer).toBeNull();
    expect((await asViewer(phone)).data.viewer).not.toBeNull();
    expect((await asViewer(phone, `mutation { signOutEverywhere { endedSessions } }`)).data.signOutEverywhere.endedSessions).toBeGreaterThanOrEqual(2);
    expect([(await asViewer(phone)).data.viewer, (await asViewer(tablet)).data.viewer]).toEqual([null, null]);
  });

  it("signing out needs a session", async () => {
    const result = await graphql(`mutation { signOut { endedSessions } }`);
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("an expired session signs no one in, and one in its second half is renewed", async () => {
    const token = await signIn("bedrijf@techniekloket.example", "192.0.2.23");
    await sql(`UPDATE "Session" SET "expiresAt" = now() + interval '1 day' WHERE "accountId" = (SELECT id FROM "Account" WHERE email = 'bedrijf@techniekloket.example')`);
    expect((await asViewer(token)).data.viewer).not.toBeNull();
    const [renewed] = await sql(`SELECT "expiresAt" > now() + interval '29 days' AS renewed FROM "Session" WHERE "accountId" = (SELECT id FROM "Account" WHERE email = 'bedrijf@techniekloket.example')`);
    expect(renewed.renewed).toBe(true);
    await sql(`UPDATE "Session" SET "expiresAt" = now() - interval '1 second' WHERE "accountId" = (SELECT id FROM "Account" WHERE email = 'bedrijf@techniekloket.example')`);
    expect((await asViewer(token)).data.viewer).toBeNull();
  });

  it("a made-up token is anonymous", async () => {
    expect((await asViewer("nope")).data.viewer).toBeNull();
  });
});
