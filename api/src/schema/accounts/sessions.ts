// Sessions, after Lucia's session guide: the client gets a random token once; the database keeps
// only its SHA-256, so a copy of the database signs no one in. A session lasts 30 days and is
// renewed when used in its second half, so an active editor stays signed in and an idle one not.
import type { ApiKeyScope, EditorRole } from "@techniek-loket/db/client";
import { db } from "../../db.ts";
import { hashToken, newToken } from "../../tokens.ts";

const LIFETIME_MS = 30 * 86_400_000;

/** Who is asking, as every resolver and auth scope sees it. */
export interface Viewer {
  accountId: number;
  sessionId: string;
  platformAdmin: boolean;
  /** Organisation id -> role, for the organisations the account edits. */
  editorOf: Map<number, EditorRole>;
  /** Ids of the regions the account moderates. */
  moderatorOf: Set<number>;
  /** Set when the request came with an API key instead of a session (see api-keys.ts). */
  apiKey: { id: number; scopes: ReadonlySet<ApiKeyScope> } | null;
}

const sessionIdOf = hashToken;

/** Starts a session; the token is returned once and never stored. */
export async function createSession(accountId: number, now = new Date()) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + LIFETIME_MS);
  await db.session.create({ data: { id: sessionIdOf(token), accountId, expiresAt, lastUsedAt: now } });
  return { token, expiresAt };
}

/** The viewer a session token stands for, or null when it is unknown or has expired. */
export async function viewerForToken(token: string, now = new Date()): Promise<Viewer | null> {
  const id = sessionIdOf(token);
  const session = await db.session.findUnique({
    where: { id },
    include: { account: { select: { platformAdmin: true, editorships: true, moderatorships: true } } },
  });
  if (!session) return null;
  if (session.expiresAt <= now) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (session.expiresAt.getTime() - now.getTime() < LIFETIME_MS / 2) {
    await db.session.update({ where: { id }, data: { expiresAt: new Date(now.getTime() + LIFETIME_MS), lastUsedAt: now } });
  }
  const { account } = session;
  return {
    accountId: session.accountId,
    sessionId: id,
    platformAdmin: account.platformAdmin,
    editorOf: new Map(account.editorships.map((editorship) => [editorship.organisationId, editorship.role])),
    moderatorOf: new Set(account.moderatorships.map((moderatorship) => moderatorship.regionId)),
    apiKey: null,
  };
}

/** Ends one session, or every session of the account; returns how many ended. */
export async function endSessions(viewer: Viewer, everywhere: boolean): Promise<number> {
  const { count } = await db.session.deleteMany({ where: everywhere ? { accountId: viewer.accountId } : { id: viewer.sessionId } });
  return count;
}

/** Expired sessions and sign-in codes are deleted: nothing is kept once it can no longer be used. */
export async function deleteExpired(now = new Date()) {
  await db.session.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.signInCode.deleteMany({ where: { expiresAt: { lt: now } } });
}
