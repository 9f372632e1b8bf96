import { absoluteUrl } from "$lib/server/site";
import { loadManagedBooking } from "./booking-request-query";
import { acceptProposal, withdraw } from "./manage-actions";
import type { Actions, PageServerLoad } from "./$types";

// The address holds a secret: no JavaScript, never stored by a browser or proxy, never in a search
// engine, and never sent on as a referrer when the person follows a link from here.
export const csr = false;

export const load: PageServerLoad = async ({ fetch, params, setHeaders, url }) => {
  setHeaders({ "cache-control": "private, no-store", "x-robots-tag": "noindex", "referrer-policy": "no-referrer" });
  const request = await loadManagedBooking(fetch, params.token);
  return { request, privacyUrl: absoluteUrl(url, "/privacy") };
};

export const actions: Actions = { voorstelAannemen: acceptProposal, intrekken: withdraw };
