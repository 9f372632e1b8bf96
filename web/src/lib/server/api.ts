// Loading a page's data from the API, with the site's rules for failure: a page without its data
// cannot be shown. When the API refused what the visitor asked for (a value from the address that
// it cannot use), that is a 400; when it cannot be reached or fails, a 503 with the Dutch error
// page. Never a stack trace or a half-empty page, and never "the site is down" for a bad address.
import { error } from "@sveltejs/kit";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { AnyVariables, CombinedError } from "@urql/core";
import { createClient } from "$lib/graphql/client";

export const API_DOWN_MESSAGE = "De gegevens van het netwerk zijn even niet bereikbaar.";
export const BAD_INPUT_MESSAGE = "Deze zoekopdracht klopt niet. Controleer het adres of begin opnieuw.";

/** Errors about the site's own query document: a bug of the site, not the visitor's input. */
const DOCUMENT_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]);

/**
 * Whether the API refused the request's input: a resolver's BAD_USER_INPUT, or a 400 for
 * variables it cannot coerce (a date out of range), unless the 400 is about the query itself.
 */
export function refusedInput(failure: CombinedError | undefined): boolean {
  if (!failure) return false;
  const codes = failure.graphQLErrors.map((graphQLError) => graphQLError.extensions?.code);
  if (codes.includes("BAD_USER_INPUT")) return true;
  return failure.response?.status === 400 && !codes.some((code) => DOCUMENT_ERROR_CODES.has(String(code)));
}

/** Throws SvelteKit's 400 when the API refused the request's input; the caller handles the rest. */
export function throwIfRefusedInput(failure: CombinedError | undefined, what: string): void {
  if (!refusedInput(failure)) return;
  console.warn(`${what}: the API refused the input: ${failure?.message}`);
  error(400, BAD_INPUT_MESSAGE);
}

export interface QueryOptions {
  /**
   * Called when the API answered but refused the query (GraphQL errors, such as a stale cursor
   * from an old link); it may throw a redirect. Otherwise a refusal is a 400 or 503 as above.
   */
  refused?: (messages: string[]) => void;
}

/**
 * Runs one query and returns its data; throws SvelteKit's 400 when the API refused the input, and
 * 503 when it cannot be reached or answers with other errors. `what` names the page in the log.
 */
export async function queryApi<Data, Variables extends AnyVariables>(
  fetch: typeof globalThis.fetch,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  what: string,
  options: QueryOptions = {},
): Promise<Data> {
  const result = await createClient(fetch).query(document, variables).toPromise();
  if (result.error && !result.error.networkError && options.refused) {
    options.refused(result.error.graphQLErrors.map((graphQLError) => graphQLError.message));
  }
  // Partial data with errors is treated as no data: a page that silently misses a section misleads.
  if (result.error || !result.data) {
    throwIfRefusedInput(result.error, what);
    console.error(`${what}: the API query failed: ${result.error?.message ?? "no data"}`);
    error(503, API_DOWN_MESSAGE);
  }
  return result.data;
}
