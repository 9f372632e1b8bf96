// Shared helpers for the browser tests.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

export { expect };

/**
 * Playwright's test, with every page watched for what the Content-Security-Policy blocked: Chromium
 * reports each blocked script, style, frame or request as a console error ("Refused to ..."), and a
 * test fails on any, so a page that only works without the policy cannot pass.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Refused to|Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await use(page);
    expect(refused, "blocked by the Content-Security-Policy").toEqual([]);
  },
});

/** The API the site under test talks to (see playwright.config.ts). */
export const API_URL = process.env.E2E_API_URL ?? "http://localhost:4310/graphql";

/** What the site's agenda, feeds and home page show by default: what a visitor can go to. */
export const VISITOR_MODES = ["NONE", "PLATFORM", "EXTERNAL"];

/** Fails with the list of axe violations (WCAG 2.2 A and AA) on the page as it is now. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(violations).toEqual([]);
}

/** Asks the API directly, for expectations that follow the data rather than hard-coding it. */
export async function apiQuery<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** MailDev's REST API: the inbox of every mail the platform under test sent (see playwright.config.ts). */
export const MAIL_API_URL = process.env.E2E_MAIL_URL ?? "http://localhost:1380/api/email";

export interface Mail {
  id: string;
  to: { address: string }[];
  subject: string;
  text: string;
}

async function mailsTo(address: string): Promise<Mail[]> {
  const response = await fetch(MAIL_API_URL);
  const mails = (await response.json()) as Mail[];
  return mails.filter((mail) => mail.to.some((to) => to.address === address));
}

/**
 * Does `send` and waits for the mail it makes the platform send to `address`: the newest mail to it
 * that was not in the inbox before. Polls, for the mail goes out through the API's outbox.
 */
export async function mailSentTo(address: string, send: () => Promise<unknown>, timeoutMs = 15_000): Promise<Mail> {
  const before = new Set((await mailsTo(address)).map((mail) => mail.id));
  await send();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const fresh = (await mailsTo(address)).filter((mail) => !before.has(mail.id));
    if (fresh.length) return fresh[fresh.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No mail to ${address} within ${timeoutMs} ms`);
}

/** The 6-digit code of a sign-in mail, from its subject ("Je inlogcode voor Techniek Loket: 123456"). */
export function signInCodeOf(mail: Mail): string {
  const code = /(\d{6})\s*$/.exec(mail.subject)?.[1];
  if (!code) throw new Error(`No sign-in code in "${mail.subject}"`);
  return code;
}

/** The sign-in page with the code filled in, as the mail links to it. */
export function signInLinkOf(mail: Mail): string {
  const link = /https?:\/\/\S+\/inloggen\/code\?\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error("No sign-in link in the mail");
  return link;
}

/**
 * Signs the browser context in as `email` through the API itself, for tests about what comes after
 * signing in. Each call asks for a code: the API allows 5 per address per 15 minutes.
 */
export async function signInThroughApi(context: BrowserContext, baseURL: string, email: string): Promise<void> {
  const token = await signInTokenFor(email);
  await context.addCookies([{ name: "tl_sessie", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** A new session's token for `email`, from the code the API mails. */
async function signInTokenFor(email: string): Promise<string> {
  const mail = await mailSentTo(email, () => apiQuery(`mutation ($email: String!) { requestSignInCode(email: $email) { __typename } }`, { email }));
  const { signInWithCode } = await apiQuery(
    `mutation ($email: String!, $code: String!) { signInWithCode(email: $email, code: $code) { __typename ... on SignIn { token } } }`,
    { email, code: signInCodeOf(mail) },
  );
  if (!signInWithCode.token) throw new Error(`Signing in as ${email} failed: ${signInWithCode.__typename}`);
  return signInWithCode.token;
}

const SESSION_DIR = path.join(os.tmpdir(), "techniek-loket-e2e-sessions");

/** Whether the API still knows the session (the platform under test may have been restarted since). */
async function isLiveSession(token: string): Promise<boolean> {
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ viewer { email } }" }),
  });
  const body = (await response.json()) as { data?: { viewer: { email: string } | null } };
  return Boolean(body.data?.viewer);
}

async function cachedToken(file: string): Promise<string | null> {
  const token = await readFile(file, "utf8").catch(() => null);
  return token && (await isLiveSession(token)) ? token : null;
}

/** Runs `work` while holding a lock file, so two workers never ask for the same account's code at once. */
async function withLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: "wx" });
      break;
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== "EEXIST" || Date.now() > deadline) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

/**
 * Signs the browser context in as `email` with a session shared by every test and worker of the run
 * (kept in a file while the API still knows it), so tests about editing cost one sign-in mail per
 * account rather than one each: the API allows 5 code requests per address per 15 minutes. Tests
 * that sign out must not use it (signing out ends the shared session).
 */
export async function useSharedSession(context: BrowserContext, baseURL: string, email: string): Promise<void> {
  await mkdir(SESSION_DIR, { recursive: true });
  const file = path.join(SESSION_DIR, `${email}.token`);
  const token =
    (await cachedToken(file)) ??
    (await withLock(`${file}.lock`, async () => {
      const fresh = (await cachedToken(file)) ?? (await signInTokenFor(email));
      await writeFile(file, fresh);
      return fresh;
    }));
  await context.addCookies([{ name: "tl_sessie", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}
