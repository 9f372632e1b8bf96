import { loadedImageField, previewOf } from "$lib/server/editing/image-field";
import { addEditor, removeEditor } from "./editor-actions";
import { loadEditedOrganisation } from "./organisation-query";
import { saveProfile } from "./profile-action";
import { profileValuesOf } from "./profile-form";
import { setTrusted } from "./trust-action";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, locals }) => {
  const { organisation, profiles } = await loadEditedOrganisation(fetch, params.slug, locals.sessionToken);
  return {
    organisation,
    profiles,
    profileValues: profileValuesOf(organisation),
    image: loadedImageField("image", previewOf(organisation.image)),
    logo: loadedImageField("logo", previewOf(organisation.logo)),
    canManageEditors: organisation.viewerCanManageEditors,
    canModerate: organisation.viewerCanModerate,
  };
};

export const actions: Actions = {
  profiel: saveProfile,
  redacteurToevoegen: addEditor,
  redacteurVerwijderen: removeEditor,
  vertrouwd: setTrusted,
};
