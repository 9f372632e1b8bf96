// The platform's regions with their moderators: platform admins add regions here; a moderator sees
// the moderators of their own region (the API shows no others).
import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, queryApi } from "$lib/server/api";
import { outcomeOf } from "$lib/server/editing/outcome";
import { ADMINS_ONLY_TEXT, REGION_FIELD_MESSAGES, regionErrors, regionValuesFrom } from "./region-form";
import type { Actions, PageServerLoad } from "./$types";

const RegionsQuery = graphql(`
  query ManagedRegions {
    regions {
      slug
      name
      municipalities {
        name
      }
      moderators {
        name
        email
      }
    }
  }
`);

const CreateRegionMutation = graphql(`
  mutation CreateRegion($input: RegionInput!) {
    createRegion(input: $input) {
      __typename
      ... on Region {
        slug
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

export const load: PageServerLoad = async ({ fetch, parent, locals }) => {
  const { viewer } = await parent();
  if (!viewer.platformAdmin && !viewer.moderatedRegions.length) error(403, "Deze pagina is voor platformbeheerders en moderatoren van een regio.");
  const { regions } = await queryApi(fetch, RegionsQuery, {}, "Managed regions", { token: locals.sessionToken });
  // The API lists the moderators of the regions this viewer may see them of, and null elsewhere.
  const visible = regions.filter((region) => region.moderators !== null).map((region) => ({ ...region, moderators: region.moderators ?? [] }));
  return { regions: visible, canManage: viewer.platformAdmin, values: { name: "", description: "" } };
};

export const actions: Actions = {
  toevoegen: async (event) => {
    const form = await event.request.formData();
    const values = regionValuesFrom(form);
    const errors = regionErrors(values);
    if (Object.keys(errors).length) return fail(400, { values, errors, message: undefined });
    const input = { name: values.name, description: values.description };
    const answer = await mutateApi(event.fetch, CreateRegionMutation, { input }, "Create region", { token: event.locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.createRegion, "Region", REGION_FIELD_MESSAGES);
    if (!outcome.ok) return fail(outcome.status, { values, errors: outcome.errors, message: outcome.status === 403 ? ADMINS_ONLY_TEXT : outcome.message });
    redirect(303, `/beheer/regios/${outcome.result.slug}`);
  },
};
