// A per-client limit on the site's routes. The API trusts the site's server (it exempts its
// address), so without this limit the site would be an unthrottled way into the API. Each client
// address gets WEB_RATE_LIMIT requests per minute, counted in this process's memory.
// `event.getClientAddress()` is adapter-node's answer, which honours ADDRESS_HEADER and XFF_DEPTH:
// behind a proxy it takes the address that proxy saw, never the left-most X-Forwarded-For a
// client may have written itself. Static files are served before the hooks run, so they do not count.
import type { RequestEvent } from "@sveltejs/kit";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { refusal } from "./refusal";

export const DEFAULT_WEB_RATE_LIMIT = 600;

/** Requests per client per minute from WEB_RATE_LIMIT; 0 switches the limit off. */
export function readRateLimit(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return DEFAULT_WEB_RATE_LIMIT;
  const limit = Number(value);
  if (Number.isInteger(limit) && limit >= 0) return limit;
  // A typo must not take the site down, nor switch the limit off.
  console.error(`WEB_RATE_LIMIT must be a whole number of requests per minute, 0 for none; got "${value}". Using ${DEFAULT_WEB_RATE_LIMIT}.`);
  return DEFAULT_WEB_RATE_LIMIT;
}

/**
 * adapter-node throws when ADDRESS_HEADER is set but the request lacks it, or has fewer
 * X-Forwarded-For entries than XFF_DEPTH: a request that bypassed the proxy. Such requests share
 * one budget; a throw here would be a 500, or for an address SvelteKit cannot decode, a crash.
 */
export function clientKey(event: Pick<RequestEvent, "getClientAddress">): string {
  try {
    return event.getClientAddress();
  } catch {
    return "unknown address";
  }
}

/**
 * The rate limit as a check before a request is handled: the 429 to send when the client has used
 * up `limit` requests in the current minute, otherwise null.
 */
export function createRateLimit(limit: number): (event: Pick<RequestEvent, "getClientAddress">) => Promise<Response | null> {
  if (limit === 0) return async () => null;
  const limiter = new RateLimiterMemory({ points: limit, duration: 60 });
  return async (event) => {
    try {
      await limiter.consume(clientKey(event));
      return null;
    } catch (overLimit) {
      // The memory limiter rejects with the client's state when it is over its limit, and never fails otherwise.
      if (!(overLimit instanceof RateLimiterRes)) throw overLimit;
      const seconds = Math.max(1, Math.ceil(overLimit.msBeforeNext / 1000));
      return refusal(429, `Te veel verzoeken. Probeer het over ${seconds} seconden opnieuw.`, { "retry-after": String(seconds), "cache-control": "no-store" });
    }
  };
}
