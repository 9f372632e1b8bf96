// The one path from the site to the API. Every load function, endpoint and feed asks through here
// with the request's `fetch` (so SvelteKit can track and inline the requests), and picks the answer
// that fits what it can do without its data:
// - queryApi: the data, or SvelteKit's error page. A page without its data cannot be shown.
// - queryApiOrNull: null when the API cannot be reached, for pages and feeds that stay up and say so.
// - queryApiOrFailure: the kind of failure, for pages and widget fragments with their own message.
// - mutateApi: a change (signing in or out), whose expected failures come back as data
//   (`__typename` of a union); the rest as for queryApiOrFailure, plus "unauthenticated".
// Requests are anonymous unless the caller passes the signed-in visitor's session token
// (`token`, from `event.locals`): public pages never send it, so they show the same to everyone.
// When the API refused what the visitor asked for (a value from the address it cannot use), the
// first two answer 400: a bad address is never "the site is down". Only an unreachable or failing
// API is a 503. It lives under $lib/server because the API address is private config.
import { env } from "$env/dynamic/private";
import { error } from "@sveltejs/kit";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Client, fetchExchange, type AnyVariables, type CombinedError, type OperationResult } from "@urql/core";

export const DEFAULT_API_URL = "http://localhost:4000/graphql";

/** A page waits at most this long for the API, then shows its fallback instead of hanging. */
export const API_TIMEOUT_MS = 8000;

export const API_DOWN_MESSAGE = "De gegevens van het netwerk zijn even niet bereikbaar.";
export const BAD_INPUT_MESSAGE = "Deze zoekopdracht klopt niet. Controleer het adres of begin opnieuw.";

type Fetch = typeof globalThis.fetch;

/** Why the API gave no data: it refused the request's input, or it cannot be reached or failed. */
export type ApiFailure = "refused" | "unavailable";
export type ApiAnswer<Data> = { data: Data } | { failure: ApiFailure };

export interface QueryOptions {
  /**
   * Called when the API answered but refused the query (GraphQL errors, such as a stale cursor
   * from an old link), before the failure is handled; it may throw a redirect.
   */
  refused?: (messages: string[]) => void;
  /** How long to wait for the API; the default suits every page. */
  timeoutMs?: number;
  /** The signed-in visitor's session token, sent as `Authorization: Bearer`; only /beheer and signing in/out pass it. */
  token?: string | null;
}

/** What every query takes; `what` names the page in the log. */
type QueryArgs<Data, Variables extends AnyVariables> = [
  fetch: Fetch,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  what: string,
  options?: QueryOptions,
];

export function apiUrl(): string {
  return env.API_URL?.trim() || DEFAULT_API_URL;
}

/** Where browsers load the API's pictures from: API_PUBLIC_URL, as the API itself is told, else API_URL's origin. */
export function apiImageOrigin(): string {
  return new URL(env.API_PUBLIC_URL?.trim() || apiUrl()).origin;
}

/**
 * A client for one request: no cache is shared between visitors, and every query goes to the
 * API (`network-only`), whose answers are small (and public, without a token).
 */
function clientFor(fetch: Fetch, timeoutMs: number, token: string | null | undefined): Client {
  // urql sets its own abort signal; add a timeout to it rather than replacing it.
  const fetchWithTimeout: Fetch = (input, init) => {
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
    fetchOptions: {
      // SvelteKit's fetch would pass the site's cookies on to an API on the same host name (any
      // port); the session travels only as the header below, and only when asked for.
      credentials: "omit",
      headers: token ? { authorization: `Bearer ${token}` } : {},
    },
  });
}

/** Errors about the site's own query document: a bug of the site, not the visitor's input. */
const DOCUMENT_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]);

/**
 * Whether the API refused the request's input: a resolver's BAD_USER_INPUT, or a 400 for
 * variables it cannot coerce (a date out of range), unless the 400 is about the query itself.
 */
function refusedInput(failure: CombinedError | undefined): boolean {
  if (!failure) return false;
  const codes = failure.graphQLErrors.map((graphQLError) => graphQLError.extensions?.code);
  if (codes.includes("BAD_USER_INPUT")) return true;
  return failure.response?.status === 400 && !codes.some((code) => DOCUMENT_ERROR_CODES.has(String(code)));
}

async function send<Data, Variables extends AnyVariables>(
  ...[fetch, document, variables, , { refused, timeoutMs = API_TIMEOUT_MS, token } = {}]: QueryArgs<Data, Variables>
): Promise<OperationResult<Data, Variables>> {
  const result = await clientFor(fetch, timeoutMs, token).query(document, variables).toPromise();
  if (result.error && !result.error.networkError) refused?.(result.error.graphQLErrors.map((graphQLError) => graphQLError.message));
  return result;
}

/** Names the failure and logs it. */
function failureOf(failure: CombinedError | undefined, what: string): ApiFailure {
  if (refusedInput(failure)) {
    console.warn(`${what}: the API refused the input: ${failure?.message}`);
    return "refused";
  }
  console.error(`${what}: the API query failed: ${failure?.message ?? "no data"}`);
  return "unavailable";
}

/** The data, or SvelteKit's 400 when the API refused the input and 503 when it failed. */
export async function queryApi<Data, Variables extends AnyVariables>(...args: QueryArgs<Data, Variables>): Promise<Data> {
  const [, , , what] = args;
  const result = await send(...args);
  // Partial data with errors is treated as no data: a page that silently misses a section misleads.
  if (result.data && !result.error) return result.data;
  if (failureOf(result.error, what) === "refused") error(400, BAD_INPUT_MESSAGE);
  error(503, API_DOWN_MESSAGE);
}

/**
 * The data, or why there is none. Whatever data the API gave is used, for these callers show
 * what they have (a list without an unknown place's distance, a widget without one section).
 */
export async function queryApiOrFailure<Data, Variables extends AnyVariables>(...args: QueryArgs<Data, Variables>): Promise<ApiAnswer<Data>> {
  const [, , , what] = args;
  const result = await send(...args);
  if (!result.data) return { failure: failureOf(result.error, what) };
  if (result.error) console.warn(`${what}: the API answered in part: ${result.error.message}`);
  return { data: result.data };
}

/** The answer's data, null when the API is unavailable, SvelteKit's 400 when it refused the input. */
export function dataOrNull<Data>(answer: ApiAnswer<Data>): Data | null {
  if ("data" in answer) return answer.data;
  if (answer.failure === "refused") error(400, BAD_INPUT_MESSAGE);
  return null;
}

/** As queryApiOrFailure, for pages and feeds that stay up without the API but not for a bad address. */
export async function queryApiOrNull<Data, Variables extends AnyVariables>(...args: QueryArgs<Data, Variables>): Promise<Data | null> {
  return dataOrNull(await queryApiOrFailure(...args));
}

/** Why a change gave no data: as for queries, or the session it needs has ended (or was never sent). */
export type MutationFailure = ApiFailure | "unauthenticated";
export type MutationAnswer<Data> = { data: Data } | { failure: MutationFailure };

/**
 * Sends a mutation. Its expected failures (a wrong code, too many attempts) are data: the caller
 * reads the union's `__typename`. Partial data is no data: a change either happened or it did not.
 */
export async function mutateApi<Data, Variables extends AnyVariables>(
  ...[fetch, document, variables, what, { timeoutMs = API_TIMEOUT_MS, token } = {}]: QueryArgs<Data, Variables>
): Promise<MutationAnswer<Data>> {
  const result = await clientFor(fetch, timeoutMs, token).mutation(document, variables).toPromise();
  if (result.data && !result.error) return { data: result.data };
  if (result.error?.graphQLErrors.some((graphQLError) => graphQLError.extensions?.code === "UNAUTHENTICATED")) return { failure: "unauthenticated" };
  return { failure: failureOf(result.error, what) };
}

/** Uploads wait this long: the API turns a picture of up to 8 MB into several sizes. */
export const UPLOAD_TIMEOUT_MS = 30_000;

/**
 * Sends a mutation that carries files: urql sends any File among the variables as a multipart
 * request (the GraphQL multipart request spec, which the API takes). Answers as mutateApi, with
 * more time for the upload.
 */
export function uploadToApi<Data, Variables extends AnyVariables>(...[fetch, document, variables, what, options]: QueryArgs<Data, Variables>): Promise<MutationAnswer<Data>> {
  return mutateApi(fetch, document, variables, what, { timeoutMs: UPLOAD_TIMEOUT_MS, ...options });
}
