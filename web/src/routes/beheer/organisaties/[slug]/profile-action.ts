// Saving the profile: the whole profile at once, over the version the editor loaded. A refused
// save comes back with what was typed; a newer save by someone else comes back as a conflict.
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { textOf, versionOf } from "$lib/server/editing/form-values";
import { outcomeOf } from "$lib/server/editing/outcome";
import { PROFILE_FIELD_MESSAGES, profileInputFrom, profileValuesFrom } from "./profile-form";

const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      __typename
      ... on Organisation {
        version
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

export async function saveProfile(event: RequestEvent) {
  const form = await event.request.formData();
  const values = profileValuesFrom(form);
  const parsed = profileInputFrom(values);
  if ("errors" in parsed) return fail(400, { form: "profiel" as const, values, errors: parsed.errors });

  const variables = { id: textOf(form, "id"), version: versionOf(values.version), input: parsed.input };
  const answer = await mutateApi(event.fetch, UpdateOrganisationMutation, variables, "Update organisation", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.updateOrganisation, "Organisation", PROFILE_FIELD_MESSAGES);
  if (!outcome.ok) return fail(outcome.status, { form: "profiel" as const, values, errors: outcome.errors, message: outcome.message, conflict: outcome.conflict });
  // The page loads the saved profile again, with its new version.
  return { form: "profiel" as const, saved: true };
}
