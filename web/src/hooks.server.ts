// Every request of the site's routes passes here: the per-client rate limit, a refusal of addresses
// with control characters, the session cookie read into `locals`, then security headers on the answer. The widget's iframe form is meant
// to be framed by any school's website, so only the site's own pages refuse to be framed by others.
// Static files are served before these hooks run (see server.js).
import type { Handle, RequestEvent } from "@sveltejs/kit";
import { building } from "$app/environment";
import { env } from "$env/dynamic/private";
import { apiImageOrigin } from "$lib/server/api";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter } from "$lib/server/control-characters";
import { createRateLimit, readRateLimit } from "$lib/server/rate-limit";
import { refusal } from "$lib/server/refusal";
import { sessionTokenFrom } from "$lib/server/session/cookie";

export const securityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** The widget's fragments and iframe documents set their own framing and CORS rules. */
export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith("/embed/") || pathname === "/embed.js";
}

// SvelteKit sets the dynamic environment before it loads the hooks.
const limitRate = createRateLimit(readRateLimit(env.WEB_RATE_LIMIT));

function withSecurityHeaders(event: RequestEvent, response: Response): Response {
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  if (!isEmbeddable(event.url.pathname) && !response.headers.has("X-Frame-Options")) {
    response.headers.set("X-Frame-Options", "SAMEORIGIN");
  }
  // Pictures come from the API, whose public origin is known only at run time (the policy in
  // svelte.config.js is fixed at build time).
  const policy = response.headers.get("Content-Security-Policy");
  if (policy) response.headers.set("Content-Security-Policy", policy.replace(/img-src ([^;]*)/, `img-src $1 ${apiImageOrigin()}`));
  return response;
}

/** A 503 is the API being out of reach for a moment: say when to try again, and keep it out of caches. */
const API_DOWN_RETRY_SECONDS = "120";

function withRetryAfter(response: Response): Response {
  if (response.status === 503 && !response.headers.has("retry-after")) {
    response.headers.set("retry-after", API_DOWN_RETRY_SECONDS);
    response.headers.set("cache-control", "no-store");
  }
  return response;
}

export const handle: Handle = async ({ event, resolve }) => {
  // Prerendering (the drawings' PNG copies) has no visitor to limit or check.
  if (building) return resolve(event);
  const refused = (await limitRate(event)) ?? (hasControlCharacter(event.url) ? refusal(400, CONTROL_CHARACTER_MESSAGE) : null);
  // Only the token: who it belongs to is asked of the API by the pages that need to know.
  event.locals.sessionToken = sessionTokenFrom(event.cookies);
  return withSecurityHeaders(event, refused ?? withRetryAfter(await resolve(event)));
};
