import { absoluteUrl } from "$lib/server/site";
import { requestBooking } from "./booking-action";
import { EMPTY_BOOKING } from "./booking-form";
import { loadOffering, requestableHere } from "./offering-query";
import type { Actions, PageServerLoad } from "./$types";

// Plain HTML and a POST form: this page needs no JavaScript in the browser.
export const csr = false;

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const offering = await loadOffering(fetch, params.slug);
  return { offering, requestable: requestableHere(offering), values: EMPTY_BOOKING, canonicalUrl: absoluteUrl(url, `/aanbod/${encodeURIComponent(offering.slug)}`) };
};

export const actions: Actions = { aanvragen: requestBooking };
