import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { textOf } from "$lib/server/editing/form-values";
import { outcomeOf } from "$lib/server/editing/outcome";
import { choicesIn, EMPTY_ORGANISATION, ORGANISATION_FIELD_MESSAGES, organisationInputFrom, organisationValuesFrom, regionsFor } from "./new-organisation";
import type { Actions, PageServerLoad } from "./$types";

const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      __typename
      ... on Organisation {
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

// With one region to choose from, the form is for that region; otherwise the viewer picks one first
// (?regio=slug), so the municipalities and schools offered are that region's, also without JavaScript.
export const load: PageServerLoad = async ({ fetch, url, parent, locals }) => {
  const { viewer } = await parent();
  const regions = await regionsFor(fetch, viewer, locals.sessionToken);
  const chosen = url.searchParams.get("regio") ?? (regions.length === 1 ? regions[0].slug : null);
  if (!chosen) return { regions, choices: null, values: EMPTY_ORGANISATION };
  if (!regions.some((region) => region.slug === chosen)) error(404, "Je kunt in deze regio geen organisaties toevoegen.");
  return { regions, choices: await choicesIn(fetch, chosen, locals.sessionToken), values: EMPTY_ORGANISATION };
};

export const actions: Actions = {
  opslaan: async (event) => {
    const form = await event.request.formData();
    const values = organisationValuesFrom(form);
    const parsed = organisationInputFrom(textOf(form, "region"), values);
    if ("errors" in parsed) return fail(400, { values, errors: parsed.errors, message: undefined });
    const answer = await mutateApi(event.fetch, CreateOrganisationMutation, { input: parsed.input }, "Create organisation", { token: event.locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.createOrganisation, "Organisation", ORGANISATION_FIELD_MESSAGES);
    if (!outcome.ok) return fail(outcome.status, { values, errors: outcome.errors, message: outcome.message });
    // On its own page the moderator adds its editors.
    redirect(303, `/beheer/organisaties/${outcome.result.slug}`);
  },
};
