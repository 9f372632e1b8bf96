// Adding an offering, changing it, and switching it off and on again. Every save sends the whole
// offering (the API replaces its details as a whole) over the version the editor loaded.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { textOf, versionOf } from "$lib/server/editing/form-values";
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

/** The form again, as typed, with what went wrong. */
function refused(values: OfferingValues, outcome: Extract<Outcome<unknown>, { ok: false }>) {
  return fail(outcome.status, { values, errors: outcome.errors, message: outcome.message, conflict: outcome.conflict ?? false });
}

export async function addOffering(event: RequestEvent) {
  const form = await event.request.formData();
  const values = offeringValuesFrom(form);
  const parsed = offeringInputFrom(values);
  if ("errors" in parsed) return fail(400, { values, errors: parsed.errors, message: undefined, conflict: false });

  const variables = { organisation: textOf(form, "organisation"), input: parsed.input };
  const answer = await mutateApi(event.fetch, CreateOfferingMutation, variables, "Create offering", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.createOffering, "Offering", OFFERING_PROBLEM_FIELDS, offeringFormFieldOf);
  if (!outcome.ok) return refused(values, outcome);
  redirect(303, `/beheer/aanbod/${encodeURIComponent(outcome.result.id)}?toegevoegd`);
}

async function update(event: RequestEvent, values: OfferingValues, what: string) {
  const parsed = offeringInputFrom(values);
  if ("errors" in parsed) return { parsedErrors: parsed.errors } as const;
  const variables = { id: event.params.id ?? "", version: versionOf(values.version), input: parsed.input };
  const answer = await mutateApi(event.fetch, UpdateOfferingMutation, variables, what, { token: event.locals.sessionToken });
  return { outcome: outcomeOf(answer, (data) => data.updateOffering, "Offering", OFFERING_PROBLEM_FIELDS, offeringFormFieldOf) } as const;
}

export async function saveOffering(event: RequestEvent) {
  const values = offeringValuesFrom(await event.request.formData());
  const saved = await update(event, values, "Update offering");
  if ("parsedErrors" in saved) return fail(400, { values, errors: saved.parsedErrors, message: undefined, conflict: false });
  if (!saved.outcome.ok) return refused(values, saved.outcome);
  // The page loads the saved offering again, with its new version.
  return { saved: true };
}

/** Switching off or on: the offering as it is now, with only `active` changed, over the version on the page. */
export function switchOffering(active: boolean) {
  return async (event: RequestEvent) => {
    const version = textOf(await event.request.formData(), "version");
    const current = await loadEditedOffering(event.fetch, event.params.id ?? "", event.locals.sessionToken);
    const values = { ...offeringValuesOf(current), active, version };
    const switched = await update(event, values, active ? "Switch offering on" : "Switch offering off");
    // The stored offering cannot fail the site's own checks; a conflict or a refusal is shown above the form.
    if ("parsedErrors" in switched) return fail(400, { errors: {}, conflict: false, message: undefined });
    if (!switched.outcome.ok) return fail(switched.outcome.status, { errors: {}, message: switched.outcome.message, conflict: switched.outcome.conflict ?? false });
    return { switched: active ? ("aan" as const) : ("uit" as const) };
  };
}
