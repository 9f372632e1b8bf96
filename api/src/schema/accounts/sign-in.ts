// Passwordless sign-in: a one-time code of 6 digits by e-mail. Short-lived, a few attempts per
// code, a new request replaces the old code, and requests and attempts are limited per address
// and per client. The answer to a request is the same for known and unknown addresses; only known
// ones get a mail. A link in the mail may fill in the code, but only this mutation signs in.
import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeHexLowerCase } from "@oslojs/encoding";
import { randomInt } from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { InvalidSignInCodeError, TooManyRequestsError } from "../../errors.ts";
import { signInCodeMail } from "../../mail/messages.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { createSession } from "./sessions.ts";

export const CODE_MINUTES = 10;
const ATTEMPTS_PER_CODE = 5;
const WINDOW_SECONDS = 15 * 60;

// Per 15 minutes. Per address for everyone; per client for direct callers. The site's server asks
// for all its visitors (client null), so it limits each visitor itself.
const limits = {
  requestsPerAddress: new RateLimiterMemory({ points: 5, duration: WINDOW_SECONDS }),
  requestsPerClient: new RateLimiterMemory({ points: 20, duration: WINDOW_SECONDS }),
  attemptsPerAddress: new RateLimiterMemory({ points: 10, duration: WINDOW_SECONDS }),
  attemptsPerClient: new RateLimiterMemory({ points: 50, duration: WINDOW_SECONDS }),
};

async function consume(limiter: RateLimiterMemory, key: string) {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) throw new TooManyRequestsError(Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}

const hashOf = (code: string) => sha256(new TextEncoder().encode(code));

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function requestSignInCode(email: string, client: string | null): Promise<void> {
  if (client) await consume(limits.requestsPerClient, client);
  await consume(limits.requestsPerAddress, email);
  const account = await db.account.findUnique({ where: { email }, select: { id: true } });
  if (!account) return;
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.$transaction(async (tx) => {
    await tx.signInCode.deleteMany({ where: { email } });
    await tx.signInCode.create({
      data: { email, codeHash: encodeHexLowerCase(hashOf(code)), expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000) },
    });
    const mail = signInCodeMail({ to: email, code, minutes: CODE_MINUTES, signInUrl: `${env.WEB_URL}/inloggen/code` });
    await enqueueMail(tx, mail, { key: `sign-in-code:${email}`, maxAttempts: 5 });
  });
}

/** Checks a code; on success the code is spent and a session starts. */
export async function signInWithCode(email: string, code: string, client: string | null) {
  if (client) await consume(limits.attemptsPerClient, client);
  await consume(limits.attemptsPerAddress, email);
  const accountId = await db.$transaction(async (tx) => {
    // The row lock makes concurrent attempts on one code count one after the other.
    const [row] = await tx.$queryRaw<{ id: number; codeHash: string; attempts: number }[]>`
      SELECT id, "codeHash", attempts FROM "SignInCode" WHERE email = ${email} AND "expiresAt" > now() FOR UPDATE`;
    if (!row || row.attempts >= ATTEMPTS_PER_CODE) return null;
    const matches = /^\d{6}$/.test(code) && constantTimeEqual(hashOf(code), Buffer.from(row.codeHash, "hex"));
    if (!matches) {
      await tx.signInCode.update({ where: { id: row.id }, data: { attempts: { increment: 1 } } });
      return null;
    }
    await tx.signInCode.delete({ where: { id: row.id } });
    const account = await tx.account.update({ where: { email }, data: { lastSignInAt: new Date() }, select: { id: true } });
    return account.id;
  });
  if (accountId === null) throw new InvalidSignInCodeError();
  return { accountId, ...(await createSession(accountId)) };
}

