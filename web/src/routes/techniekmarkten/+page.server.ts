import { loadKindLanding } from "$lib/agenda/landing.server";
import type { PageServerLoad } from "./$types";

// Nothing here needs the browser: plain HTML and links, no client JavaScript.
export const csr = false;

export const load: PageServerLoad = ({ fetch, url }) => loadKindLanding(fetch, "TECHNIEKMARKT", url.origin);
