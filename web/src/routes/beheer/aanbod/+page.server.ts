import { error, redirect } from "@sveltejs/kit";
import { loadOrganisationOffering } from "./offering-queries";
import type { PageServerLoad } from "./$types";

// The offering of one organisation (?organisatie=<slug>), on and off. Without a slug: the viewer's
// only organisation, or a choice between them.
export const load: PageServerLoad = async ({ fetch, url, parent, locals }) => {
  const slug = url.searchParams.get("organisatie");
  if (!slug) {
    const { viewer } = await parent();
    const [only, ...others] = viewer.memberships;
    if (only && !others.length) redirect(303, `/beheer/aanbod?organisatie=${encodeURIComponent(only.organisation.slug)}`);
    if (!only) error(404, "Kies eerst een organisatie.");
    return { organisation: null, offerings: [], choices: viewer.memberships.map((membership) => membership.organisation) };
  }
  return { ...(await loadOrganisationOffering(fetch, slug, locals.sessionToken)), choices: [] };
};
