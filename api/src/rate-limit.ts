// A per-client request limit: a one-minute window per client address, kept in memory (one API
// process). Answers 429 with Retry-After once the window's budget is spent.
import type { Plugin } from "graphql-yoga";
import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface RateLimitOptions {
  /** Requests per client per window; 0 switches the limit off. */
  limit: number;
  windowSeconds?: number;
  /** Reverse proxies in front of the API, each adding the address it saw to X-Forwarded-For. */
  trustedProxies?: number;
  /** Connections from these addresses are never limited, such as the site's server on the same machine. */
  exempt?: string[];
}

type ServerContext = { req?: IncomingMessage };

/**
 * The client's address, as Express's `trust proxy` with a number of hops finds it: the socket's
 * peer, or, behind n trusted proxies, the n-th X-Forwarded-For entry from the right (the one the
 * outermost trusted proxy wrote). Entries further left are the client's own words.
 */
export function clientAddress(peer: string, forwardedFor: string | null, trustedProxies: number): { address: string; fromHeader: boolean } {
  const hops = [peer, ...(forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean).reverse()];
  const index = Math.min(trustedProxies, hops.length - 1);
  return { address: hops[index], fromHeader: index > 0 };
}

/** Only a connection's own address can be exempt: an address read from a header may be forged. */
export function isExempt(client: { address: string; fromHeader: boolean }, exempt: readonly string[]): boolean {
  return !client.fromHeader && exempt.includes(client.address);
}

function headers(limit: number, result: RateLimiterRes) {
  return {
    "RateLimit-Limit": String(limit),
    "RateLimit-Remaining": String(Math.max(0, result.remainingPoints)),
    "RateLimit-Reset": String(Math.ceil(result.msBeforeNext / 1000)),
  };
}

export function rateLimit({ limit, windowSeconds = 60, trustedProxies = 0, exempt = [] }: RateLimitOptions): Plugin {
  const limiter = new RateLimiterMemory({ points: limit, duration: windowSeconds });
  const counted = new WeakMap<Request, RateLimiterRes>();

  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (limit === 0 || request.method === "OPTIONS") return;
      const peer = (serverContext as ServerContext).req?.socket?.remoteAddress ?? "local";
      const client = clientAddress(peer, request.headers.get("x-forwarded-for"), trustedProxies);
      if (isExempt(client, exempt)) return;
      try {
        counted.set(request, await limiter.consume(client.address));
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfter = Math.ceil(refusal.msBeforeNext / 1000);
        endResponse(
          Response.json(
            { errors: [{ message: `Rate limit of ${limit} requests per minute exceeded; retry after ${retryAfter} s`, extensions: { code: "RATE_LIMITED" } }] },
            { status: 429, headers: { "Retry-After": String(retryAfter), ...headers(limit, refusal), "Access-Control-Allow-Origin": "*" } },
          ),
        );
      }
    },
    onResponse({ request, response }) {
      const result = counted.get(request);
      if (!result) return;
      for (const [name, value] of Object.entries(headers(limit, result))) response.headers.set(name, value);
    },
  };
}
