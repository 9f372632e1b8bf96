// A per-client request limit: a fixed one-minute window per client address, kept in memory
// (one API process). Answers 429 with Retry-After once the window's budget is spent.
import type { Plugin } from "graphql-yoga";
import type { IncomingMessage } from "node:http";

export interface RateLimitOptions {
  /** Requests per client per window; 0 switches the limit off. */
  limit: number;
  windowMs?: number;
  trustProxy?: boolean;
  /** Addresses that are never limited, such as the site's server-side rendering. */
  exempt?: string[];
}

type ServerContext = { req?: IncomingMessage };


export function clientAddress(request: Request, serverContext: ServerContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return serverContext.req?.socket?.remoteAddress ?? "local";
}

export function rateLimit({ limit, windowMs = 60_000, trustProxy = false, exempt = [] }: RateLimitOptions): Plugin {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  const remainingFor = new WeakMap<Request, number>();

  return {
    onRequest({ request, serverContext, endResponse, url }) {
      if (limit === 0 || request.method === "OPTIONS" || !url.pathname.startsWith("/graphql")) return;
      const now = Date.now();
      if (now - windowStart >= windowMs) {
        windowStart = now;
        counts = new Map();
      }
      const client = clientAddress(request, serverContext as ServerContext, trustProxy);
      if (exempt.includes(client)) return;
      const used = (counts.get(client) ?? 0) + 1;
      counts.set(client, used);
      const resetSeconds = Math.ceil((windowStart + windowMs - now) / 1000);
      if (used > limit) {
        endResponse(
          Response.json(
            { errors: [{ message: `Rate limit of ${limit} requests per minute exceeded; retry after ${resetSeconds} s`, extensions: { code: "RATE_LIMITED" } }] },
            {
              status: 429,
              headers: {
                "Retry-After": String(resetSeconds),
                "RateLimit-Limit": String(limit),
                "RateLimit-Remaining": "0",
                "RateLimit-Reset": String(resetSeconds),
                "Access-Control-Allow-Origin": "*",
              },
            },
          ),
        );
        return;
      }
      remainingFor.set(request, limit - used);
    },
    onResponse({ request, response }) {
      const remaining = remainingFor.get(request);
      if (remaining === undefined) return;
      response.headers.set("RateLimit-Limit", String(limit));
      response.headers.set("RateLimit-Remaining", String(remaining));
      response.headers.set("RateLimit-Reset", String(Math.ceil((windowStart + windowMs - Date.now()) / 1000)));
    },
  };
}
