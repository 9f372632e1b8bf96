import { createKey, loadApiKeys, revokeKey } from "./api-keys";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, locals, url }) => ({
  organisation: await loadApiKeys(fetch, params.slug, locals.sessionToken),
  revoked: url.searchParams.get("gedaan") === "ingetrokken",
});

export const actions: Actions = { maken: createKey, intrekken: revokeKey };
