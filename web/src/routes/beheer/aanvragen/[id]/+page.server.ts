import { EMPTY_RESPONSE } from "./respond-form";
import { respond } from "./respond-actions";
import { loadEditorBooking } from "./request-query";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, locals }) => ({
  request: await loadEditorBooking(fetch, params.id, locals.sessionToken),
  empty: EMPTY_RESPONSE,
});

export const actions: Actions = { accepteren: respond("accepteren"), voorstellen: respond("voorstellen"), afwijzen: respond("afwijzen") };
