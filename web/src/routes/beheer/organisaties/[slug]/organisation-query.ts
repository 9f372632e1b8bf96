// The organisation as its editing page loads it, with the signed-in viewer's token: its version,
// whether the viewer may edit it, and (for those who manage them) its editors.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { EditOrganisationQuery } from "$lib/graphql/generated/graphql";
import { queryApi } from "$lib/server/api";

const EditOrganisationQuery = graphql(`
  query EditOrganisation($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      kind
      version
      viewerCanEdit
      viewerCanManageEditors
      viewerCanModerate
      trusted
      description
      website
      email
      phone
      street
      postalCode
      city
      latitude
      longitude
      hasTechlab
      profiles {
        code
      }
      image {
        id
        url(width: 480)
        alt
        width
        height
      }
      logo {
        id
        url(width: 480)
        alt
        width
        height
      }
      region {
        slug
        name
      }
      editors {
        name
        email
        role
      }
    }
    profiles {
      code
      name
      technical
    }
  }
`);

export type EditedOrganisation = NonNullable<EditOrganisationQuery["organisation"]>;

export const NOT_EDITABLE_TEXT = "Je mag het profiel van deze organisatie niet bewerken.";

/** The organisation and the profiles to choose from; 404 when it does not exist, 403 when the viewer may not edit it. */
export async function loadEditedOrganisation(fetch: typeof globalThis.fetch, slug: string, token: string | null) {
  const data = await queryApi(fetch, EditOrganisationQuery, { slug }, "Edit organisation", { token });
  if (!data.organisation) error(404, "Deze organisatie bestaat niet (meer).");
  if (!data.organisation.viewerCanEdit) error(403, NOT_EDITABLE_TEXT);
  return { organisation: data.organisation, profiles: data.profiles };
}
