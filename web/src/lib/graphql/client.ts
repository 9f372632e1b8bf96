// The one way the site talks to the API. Load functions call `createClient(event.fetch)`, so
// SvelteKit can track and inline the requests. Server-only: the API address is private config.
import { env } from "$env/dynamic/private";
import { Client, fetchExchange } from "@urql/core";

export const DEFAULT_API_URL = "http://localhost:4000/graphql";

/** A page waits at most this long for the API, then shows its fallback instead of hanging. */
export const API_TIMEOUT_MS = 8000;

export function apiUrl(): string {
  return env.API_URL?.trim() || DEFAULT_API_URL;
}

/**
 * A client for one request: no cache is shared between visitors, and every query goes to the
 * API (`network-only`), whose answers are small and public.
 */
export function createClient(fetch: typeof globalThis.fetch, { timeoutMs = API_TIMEOUT_MS } = {}): Client {
  // urql sets its own abort signal; add a timeout to it rather than replacing it.
  const fetchWithTimeout: typeof globalThis.fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };

  return new Client({
    url: apiUrl(),
    fetch: fetchWithTimeout,
    exchanges: [fetchExchange],
    requestPolicy: "network-only",
    // POST: no URL length limit for long filters, and nothing is cached by URL yet.
    preferGetMethod: false,
  });
}
