import { error } from "@sveltejs/kit";
import { addOffering } from "../offering-actions";
import { EMPTY_OFFERING } from "../offering-form";
import { loadedImageField } from "$lib/server/editing/image-field";
import { loadTagChoices } from "$lib/server/editing/tag-choices";
import { loadOrganisationOffering } from "../offering-queries";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, locals }) => {
  const slug = url.searchParams.get("organisatie");
  if (!slug) error(404, "Kies eerst de organisatie waarvoor je aanbod toevoegt.");
  const [{ organisation }, choices] = await Promise.all([loadOrganisationOffering(fetch, slug, locals.sessionToken), loadTagChoices(fetch)]);
  return { organisation, choices, values: EMPTY_OFFERING, image: loadedImageField("image", null) };
};

export const actions: Actions = { opslaan: addOffering };
