// Query parameters a page has renamed. Shared links and bookmarks keep the old names for years, so
// a page answers them with a permanent redirect to the same query under the current names.
import { redirect } from "@sveltejs/kit";

/**
 * The query with every former name replaced by its current one, in place; null when it has none.
 * When a query has both names, the current one wins: it is what the page itself writes.
 */
export function renameParams(query: URLSearchParams, former: Readonly<Record<string, string>>): URLSearchParams | null {
  const entries = [...query];
  if (!entries.some(([name]) => Object.hasOwn(former, name))) return null;
  const renamed = new URLSearchParams();
  for (const [name, value] of entries) {
    if (!Object.hasOwn(former, name)) renamed.append(name, value);
    else if (!query.has(former[name])) renamed.append(former[name], value);
  }
  return renamed;
}

/** Throws SvelteKit's 301 to the address under current names, if `url` uses a former one. */
export function redirectFormerParams(url: URL, former: Readonly<Record<string, string>>): void {
  const renamed = renameParams(url.searchParams, former);
  if (renamed) redirect(301, renamed.size ? `${url.pathname}?${renamed}` : url.pathname);
}
