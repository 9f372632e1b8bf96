// The session cookie: the API's session token, kept where the browser's scripts cannot read it
// (httpOnly) and sent only over HTTPS (SvelteKit's `secure` default, relaxed only on
// http://localhost). SameSite=Lax keeps it off other sites' form posts and embedded requests while
// a link from the sign-in mail still arrives signed in. Forged posts from other origins are stopped
// before any action runs by SvelteKit's origin check (`kit.csrf`, on by default: keep it on).
import type { Cookies } from "@sveltejs/kit";

export const SESSION_COOKIE = "tl_sessie";

/** Stores the token until the session's own end, as the API said. */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: string): void {
  cookies.set(SESSION_COOKIE, token, { path: "/", httpOnly: true, sameSite: "lax", expires: new Date(expiresAt) });
}

export function clearSessionCookie(cookies: Cookies): void {
  cookies.delete(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax" });
}

export function sessionTokenFrom(cookies: Cookies): string | null {
  return cookies.get(SESSION_COOKIE) || null;
}
