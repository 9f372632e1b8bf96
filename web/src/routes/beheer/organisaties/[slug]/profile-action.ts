// Saving the profile: the whole profile at once, over the version the editor loaded. A refused
// save comes back with what was typed; a newer save by someone else comes back as a conflict.
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { textOf, versionOf } from "$lib/server/editing/form-values";
import { chooseImage, formDataOrTooLarge, IMAGE_TEXTS, imageProblemTexts } from "$lib/server/editing/image-field";
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

const PROBLEM_FIELDS = { ...PROFILE_FIELD_MESSAGES, ...imageProblemTexts("imageId"), ...imageProblemTexts("logoId") };
const FORM_FIELDS: Readonly<Record<string, string>> = { imageId: "imageFile", logoId: "logoFile" };

export async function saveProfile(event: RequestEvent) {
  const form = await formDataOrTooLarge(event.request);
  if (!form) return fail(413, { form: "profiel" as const, errors: { imageFile: IMAGE_TEXTS.tooLarge }, message: IMAGE_TEXTS.postTooLarge });
  const values = profileValuesFrom(form);
  const token = event.locals.sessionToken;
  // A picture and a logo: new files are uploaded first, and kept when the rest is refused.
  const image = await chooseImage(event.fetch, form, "image", token);
  const logo = await chooseImage(event.fetch, form, "logo", token);
  const pictures = { image: image.values, logo: logo.values };
  const parsed = profileInputFrom(values);
  if ("errors" in parsed || Object.keys(image.errors).length || Object.keys(logo.errors).length) {
    const errors = { ...("errors" in parsed ? parsed.errors : {}), ...image.errors, ...logo.errors };
    return fail(400, { form: "profiel" as const, values, ...pictures, errors });
  }

  const input = { ...parsed.input, imageId: image.id, logoId: logo.id };
  const variables = { id: textOf(form, "id"), version: versionOf(values.version), input };
  const answer = await mutateApi(event.fetch, UpdateOrganisationMutation, variables, "Update organisation", { token });
  const outcome = outcomeOf(answer, (data) => data.updateOrganisation, "Organisation", PROBLEM_FIELDS, (field) => FORM_FIELDS[field] ?? field);
  if (!outcome.ok) return fail(outcome.status, { form: "profiel" as const, values, ...pictures, errors: outcome.errors, message: outcome.message, conflict: outcome.conflict });
  // The page loads the saved profile again, with its new version.
  return { form: "profiel" as const, saved: true };
}
