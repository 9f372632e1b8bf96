import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import { addModerator, addMunicipality, removeModerator, updateRegion } from "./region-actions";
import type { Actions, PageServerLoad } from "./$types";

const ManagedRegionQuery = graphql(`
  query ManagedRegion($slug: String!) {
    region(slug: $slug) {
      id
      slug
      name
      description
      municipalities {
        name
        cbsCode
      }
      moderators {
        name
        email
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, params, parent, locals }) => {
  const { viewer } = await parent();
  const { region } = await queryApi(fetch, ManagedRegionQuery, { slug: params.slug }, "Managed region", { token: locals.sessionToken });
  if (!region) error(404, "Deze regio bestaat niet (meer).");
  // The API shows the moderators to platform admins and the region's own moderators only.
  if (!region.moderators) error(403, "Deze pagina is voor platformbeheerders en de moderatoren van deze regio.");
  return { region: { ...region, moderators: region.moderators }, canManage: viewer.platformAdmin };
};

export const actions: Actions = {
  wijzigen: updateRegion,
  gemeente: addMunicipality,
  moderator: addModerator,
  moderatorVerwijderen: removeModerator,
};
