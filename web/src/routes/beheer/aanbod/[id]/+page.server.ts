import { saveOffering, switchOffering } from "../offering-actions";
import { offeringValuesOf } from "../offering-form";
import { loadedImageField, previewOf } from "$lib/server/editing/image-field";
import { loadTagChoices } from "$lib/server/editing/tag-choices";
import { loadEditedOffering } from "../offering-queries";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const [offering, choices] = await Promise.all([loadEditedOffering(fetch, params.id, locals.sessionToken), loadTagChoices(fetch)]);
  return { offering, choices, values: offeringValuesOf(offering), image: loadedImageField("image", previewOf(offering.image)), justAdded: url.searchParams.has("toegevoegd") };
};

export const actions: Actions = {
  opslaan: saveOffering,
  uitzetten: switchOffering(false),
  aanzetten: switchOffering(true),
};
