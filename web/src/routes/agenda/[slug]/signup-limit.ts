// Sign-ups per client address, on top of the API's limits. The API exempts the site's own server
// (it trusts no address named in a header, so it cannot tell our visitors apart), and for sign-ups
// through the site it counts only per e-mail address; this is the per-client half, counted here
// where the visitor's address is known (adapter-node's, see $lib/server/rate-limit). It reads the
// API's own setting, SIGNUP_RATE_LIMIT (sign-ups per hour, default 20, 0 for none), so one number
// means the same on both sides.
import { env } from "$env/dynamic/private";
import type { RequestEvent } from "@sveltejs/kit";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientKey } from "$lib/server/rate-limit";

export const DEFAULT_SIGNUPS_PER_HOUR = 20;

function limitOf(value: string | undefined): number {
  const limit = Number(value?.trim() || DEFAULT_SIGNUPS_PER_HOUR);
  return Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_SIGNUPS_PER_HOUR;
}

let limiter: { points: number; memory: RateLimiterMemory } | undefined;

/** Counts one sign-up of this visitor: false once the hour's budget is used. */
export async function mayPostSignup(event: Pick<RequestEvent, "getClientAddress">): Promise<boolean> {
  const points = limitOf(env.SIGNUP_RATE_LIMIT);
  if (points === 0) return true;
  if (limiter?.points !== points) limiter = { points, memory: new RateLimiterMemory({ points, duration: 60 * 60 }) };
  try {
    await limiter.memory.consume(clientKey(event));
    return true;
  } catch (overLimit) {
    if (!(overLimit instanceof RateLimiterRes)) throw overLimit;
    return false;
  }
}
