import { loadOffering } from "../offering-query";
import type { PageServerLoad } from "./$types";

export const csr = false;

export const load: PageServerLoad = async ({ fetch, params }) => {
  const offering = await loadOffering(fetch, params.slug);
  return { offering: { slug: offering.slug, title: offering.title, organisation: offering.organisation } };
};
