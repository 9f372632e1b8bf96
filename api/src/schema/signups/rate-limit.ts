// Sign-ups (and booking requests) per hour, per client address and per e-mail address
// (SIGNUP_RATE_LIMIT; 0 switches it off). In memory, like the other limits: one API process. The
// site's own server (client null) asks for all its visitors, so only the address counts for it.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Context } from "../../context.ts";
import { env } from "../../env.ts";
import { TooManyRequestsError } from "../../errors.ts";

const WINDOW_SECONDS = 60 * 60;

/** A limiter of `limit` sign-ups per hour per client and per address; 0 never refuses. */
export function signupLimiter(limit: number) {
  const perClient = new RateLimiterMemory({ points: limit, duration: WINDOW_SECONDS, keyPrefix: "signup-client" });
  const perAddress = new RateLimiterMemory({ points: limit, duration: WINDOW_SECONDS, keyPrefix: "signup-address" });
  return async (ctx: Pick<Context, "client">, email: string): Promise<void> => {
    if (limit === 0) return;
    try {
      if (ctx.client) await perClient.consume(ctx.client);
      await perAddress.consume(email.trim().toLowerCase());
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new TooManyRequestsError(Math.ceil(refusal.msBeforeNext / 1000));
      throw refusal;
    }
  };
}

/**
 * Counts one sign-up or booking request of this client and address; throws TooManyRequestsError
 * (a typed result where the mutation lists it) once either has used this hour's budget.
 */
export const limitSignups = signupLimiter(env.SIGNUP_RATE_LIMIT);
