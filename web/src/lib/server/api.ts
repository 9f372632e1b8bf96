// Loading a page's data from the API, with the site's rules for failure: a page without its data
// cannot be shown, so an unreachable or failing API becomes a 503 with the Dutch error page,
// never a stack trace or a half-empty page.
import { error } from "@sveltejs/kit";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { AnyVariables } from "@urql/core";
import { createClient } from "$lib/graphql/client";

export const API_DOWN_MESSAGE = "De gegevens van het netwerk zijn even niet bereikbaar.";

export interface QueryOptions {
  /**
   * Called when the API answered but refused the query (GraphQL errors, such as a stale cursor
   * from an old link); it may throw a redirect. Otherwise a refusal is a 503 like any failure.
   */
  refused?: (messages: string[]) => void;
}

/**
 * Runs one query and returns its data; throws SvelteKit's 503 when the API cannot be reached or
 * answers with errors. `what` names the page in the server log.
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
    console.error(`${what}: the API query failed: ${result.error?.message ?? "no data"}`);
    error(503, API_DOWN_MESSAGE);
  }
  return result.data;
}
