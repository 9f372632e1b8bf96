// Adding an offering, changing it, and switching it off and on again. Every save sends the whole
// offering (the API replaces its details as a whole) over the version the editor loaded.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { OfferingInput } from "$lib/graphql/generated/graphql";
import { mutateApi } from "$lib/server/api";
import { textOf, versionOf } from "$lib/server/editing/form-values";
import { chooseImage, formDataOrTooLarge, IMAGE_TEXTS, imageProblemTexts, type ImageChoice } from "$lib/server/editing/image-field";
import { outcomeOf, type Outcome } from "$lib/server/editing/outcome";
import { OFFERING_PROBLEM_FIELDS, offeringFormFieldOf, offeringInputFrom, offeringValuesFrom, offeringValuesOf, type OfferingValues } from "./offering-form";
import { loadEditedOffering } from "./offering-queries";

const CreateOfferingMutation = graphql(`
  mutation CreateOffering($organisation: ID!, $input: OfferingInput!) {
    createOffering(organisation: $organisation, input: $input) {
      __typename
      ... on Offering {
        id
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

const UpdateOfferingMutation = graphql(`
  mutation UpdateOffering($id: ID!, $version: Int!, $input: OfferingInput!) {
    updateOffering(id: $id, version: $version, input: $input) {
      __typename
      ... on Offering {
        active
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

const PROBLEM_FIELDS = { ...OFFERING_PROBLEM_FIELDS, ...imageProblemTexts("imageId") };

/** The form again, as typed (the picture too: an upload is kept), with what went wrong. */
function refused(values: OfferingValues, image: ImageChoice, outcome: Extract<Outcome<unknown>, { ok: false }>) {
  return fail(outcome.status, { values, image: image.values, errors: outcome.errors, message: outcome.message, conflict: outcome.conflict ?? false });
}

/** The post with its picture: a new file is uploaded first; the form's own checks and the picture's are reported together. */
async function readPost(event: RequestEvent) {
  const form = await formDataOrTooLarge(event.request);
  if (!form) return { tooLarge: fail(413, { errors: { imageFile: IMAGE_TEXTS.tooLarge }, message: IMAGE_TEXTS.postTooLarge, conflict: false }) } as const;
  const values = offeringValuesFrom(form);
  const image = await chooseImage(event.fetch, form, "image", event.locals.sessionToken);
  const parsed = offeringInputFrom(values);
  if ("errors" in parsed || Object.keys(image.errors).length) {
    const errors = { ...("errors" in parsed ? parsed.errors : {}), ...image.errors };
    return { tooLarge: null, refusal: fail(400, { values, image: image.values, errors, message: undefined, conflict: false }) } as const;
  }
  return { tooLarge: null, form, values, image, input: { ...parsed.input, imageId: image.id } } as const;
}

export async function addOffering(event: RequestEvent) {
  const post = await readPost(event);
  if (post.tooLarge) return post.tooLarge;
  if ("refusal" in post) return post.refusal;
  const variables = { organisation: textOf(post.form, "organisation"), input: post.input };
  const answer = await mutateApi(event.fetch, CreateOfferingMutation, variables, "Create offering", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.createOffering, "Offering", PROBLEM_FIELDS, offeringFormFieldOf);
  if (!outcome.ok) return refused(post.values, post.image, outcome);
  redirect(303, `/beheer/aanbod/${encodeURIComponent(outcome.result.id)}?toegevoegd`);
}

async function update(event: RequestEvent, version: string, input: OfferingInput, what: string) {
  const variables = { id: event.params.id ?? "", version: versionOf(version), input };
  const answer = await mutateApi(event.fetch, UpdateOfferingMutation, variables, what, { token: event.locals.sessionToken });
  return outcomeOf(answer, (data) => data.updateOffering, "Offering", PROBLEM_FIELDS, offeringFormFieldOf);
}

export async function saveOffering(event: RequestEvent) {
  const post = await readPost(event);
  if (post.tooLarge) return post.tooLarge;
  if ("refusal" in post) return post.refusal;
  const outcome = await update(event, post.values.version, post.input, "Update offering");
  if (!outcome.ok) return refused(post.values, post.image, outcome);
  // The page loads the saved offering again, with its new version.
  return { saved: true };
}

/** Switching off or on: the offering as it is now, with only `active` changed, over the version on the page. */
export function switchOffering(active: boolean) {
  return async (event: RequestEvent) => {
    const version = textOf(await event.request.formData(), "version");
    const current = await loadEditedOffering(event.fetch, event.params.id ?? "", event.locals.sessionToken);
    const parsed = offeringInputFrom({ ...offeringValuesOf(current), active, version });
    // The stored offering cannot fail the site's own checks; a conflict or a refusal is shown above the form.
    if ("errors" in parsed) return fail(400, { errors: {}, conflict: false, message: undefined });
    const input = { ...parsed.input, imageId: current.image?.id ?? null };
    const switched = await update(event, version, input, active ? "Switch offering on" : "Switch offering off");
    if (!switched.ok) return fail(switched.status, { errors: {}, message: switched.message, conflict: switched.conflict ?? false });
    return { switched: active ? ("aan" as const) : ("uit" as const) };
  };
}
