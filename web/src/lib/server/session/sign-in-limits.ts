// Limits on the sign-in forms per client address, on top of the API's own. The API counts the site's
// server as one client for all its visitors, so without these one visitor could use up the site's
// share and lock everyone else out, or try codes for many addresses at the API's per-client pace.
// Counted in this process's memory, per 15 minutes, like the API's.
import type { RequestEvent } from "@sveltejs/kit";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientKey } from "../rate-limit";

const WINDOW_SECONDS = 15 * 60;

export const CODE_REQUESTS_PER_CLIENT = 10;
export const CODE_ATTEMPTS_PER_CLIENT = 30;

function limiter(points: number) {
  const memory = new RateLimiterMemory({ points, duration: WINDOW_SECONDS });
  /** Null when the client may go on, else the seconds until it may try again. */
  return async (event: Pick<RequestEvent, "getClientAddress">): Promise<number | null> => {
    try {
      await memory.consume(clientKey(event));
      return null;
    } catch (overLimit) {
      if (!(overLimit instanceof RateLimiterRes)) throw overLimit;
      return Math.max(1, Math.ceil(overLimit.msBeforeNext / 1000));
    }
  };
}

export const limitCodeRequests = limiter(CODE_REQUESTS_PER_CLIENT);
export const limitCodeAttempts = limiter(CODE_ATTEMPTS_PER_CLIENT);

/** The Dutch sentence for a refusal, in whole minutes: "over 1 seconden" reads as a glitch. */
export function tryAgainIn(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Te veel pogingen. Probeer het over ${minutes === 1 ? "1 minuut" : `${minutes} minuten`} opnieuw.`;
}
