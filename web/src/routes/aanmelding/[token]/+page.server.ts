import { SECRET_PAGE_HEADERS } from "$lib/server/secret-page";
import { absoluteUrl } from "$lib/server/site";
import { cancel, changeGroupSize, erase } from "./manage-actions";
import { loadManagedSignup } from "./signup-query";
import type { Actions, PageServerLoad } from "./$types";

// The address holds a secret (see SECRET_PAGE_HEADERS); the page sends no JavaScript.
export const csr = false;

export const load: PageServerLoad = async ({ fetch, params, setHeaders, url }) => {
  setHeaders(SECRET_PAGE_HEADERS);
  const signup = await loadManagedSignup(fetch, params.token);
  // Changes are possible until the event starts (the API's rule); after it, the page only reports.
  const started = signup ? new Date(signup.event.startsAt).getTime() <= Date.now() : false;
  return { signup, started, privacyUrl: absoluteUrl(url, "/privacy") };
};

export const actions: Actions = { groepWijzigen: changeGroupSize, annuleren: cancel, wissen: erase };
