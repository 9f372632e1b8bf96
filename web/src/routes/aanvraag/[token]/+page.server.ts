import { SECRET_PAGE_HEADERS } from "$lib/server/secret-page";
import { absoluteUrl } from "$lib/server/site";
import { loadManagedBooking } from "./booking-request-query";
import { acceptProposal, withdraw } from "./manage-actions";
import type { Actions, PageServerLoad } from "./$types";

// The address holds a secret (see SECRET_PAGE_HEADERS); the page sends no JavaScript.
export const csr = false;

export const load: PageServerLoad = async ({ fetch, params, setHeaders, url }) => {
  setHeaders(SECRET_PAGE_HEADERS);
  const request = await loadManagedBooking(fetch, params.token);
  return { request, privacyUrl: absoluteUrl(url, "/privacy") };
};

export const actions: Actions = { voorstelAannemen: acceptProposal, intrekken: withdraw };
