// Request events for tests of the editors' actions and loads: a form post (or a page load) by a
// signed-in viewer, with the session token the site would forward to the API.
import { isHttpError, isRedirect } from "@sveltejs/kit";

export function postEvent(path: string, fields: Record<string, string | string[]>, extra: Record<string, unknown> = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return {
    request: new Request(`http://localhost${path}`, { method: "POST", body }),
    url: new URL(`http://localhost${path}`),
    fetch: globalThis.fetch,
    locals: { sessionToken: "token-1" },
    params: {},
    ...extra,
  } as never;
}

/** What an action or load came to: its data, or where it sent the visitor, or its error status. */
export async function outcomeOfRun(run: () => unknown) {
  try {
    return await run();
  } catch (thrown) {
    if (isRedirect(thrown)) return { redirect: thrown.location };
    if (isHttpError(thrown)) return { status: thrown.status };
    throw thrown;
  }
}
