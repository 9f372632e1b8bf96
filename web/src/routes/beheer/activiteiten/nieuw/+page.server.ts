// A new event of one of the viewer's organisations (?organisatie=<slug>). Saving creates a draft
// and goes on to its own page, where it is submitted (or published, for moderators).
import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, queryApi } from "$lib/server/api";
import { chooseImage, formDataOrTooLarge, IMAGE_TEXTS, loadedImageField } from "$lib/server/editing/image-field";
import { loadTagChoices } from "$lib/server/editing/tag-choices";
import { emptyEventFormValues, eventFormValuesFrom } from "../event-form-values";
import { eventInputOf } from "../event-input";
import { eventOutcome } from "../event-outcome";
import type { EventPageForm } from "../event-page-form";
import { eventPath } from "../event-path";
import type { Actions, PageServerLoad } from "./$types";

const NewEventOrganisationQuery = graphql(`
  query NewEventOrganisation($slug: String!) {
    organisation(slug: $slug) {
      id
      name
      slug
      viewerCanEdit
    }
  }
`);

const CreateEventMutation = graphql(`
  mutation CreateEvent($organisation: ID!, $input: EventInput!) {
    createEvent(organisation: $organisation, input: $input) {
      __typename
      ... on Event {
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

export const load: PageServerLoad = async ({ fetch, url, locals, parent }) => {
  const slug = url.searchParams.get("organisatie") ?? "";
  const { viewer } = await parent();
  // Most editors keep one organisation: no need to make them choose.
  if (!slug && viewer.memberships.length === 1) redirect(303, `/beheer/activiteiten/nieuw?organisatie=${encodeURIComponent(viewer.memberships[0].organisation.slug)}`);
  if (!slug) redirect(303, "/beheer/activiteiten");
  const [{ organisation }, choices] = await Promise.all([
    queryApi(fetch, NewEventOrganisationQuery, { slug }, "New event", { token: locals.sessionToken }),
    loadTagChoices(fetch),
  ]);
  if (!organisation) error(404, "Deze organisatie bestaat niet (meer).");
  if (!organisation.viewerCanEdit) error(403, `Je mag geen activiteiten van ${organisation.name} toevoegen. Vraag een beheerder van de organisatie om je als redacteur toe te voegen.`);
  return { organisation, choices, values: emptyEventFormValues(), image: loadedImageField("image", null) };
};

export const actions: Actions = {
  opslaan: async ({ request, fetch, locals }) => {
    const form = await formDataOrTooLarge(request);
    if (!form) return fail(413, { errors: { imageFile: IMAGE_TEXTS.tooLarge }, message: IMAGE_TEXTS.postTooLarge } as EventPageForm);
    const values = eventFormValuesFrom(form);
    const organisation = String(form.get("organisation") ?? "");
    const image = await chooseImage(fetch, form, "image", locals.sessionToken);
    const checked = eventInputOf(values);
    if ("errors" in checked || Object.keys(image.errors).length) {
      return fail(400, { values, image: image.values, errors: { ...("errors" in checked ? checked.errors : {}), ...image.errors } } as EventPageForm);
    }
    const input = { ...checked.input, imageId: image.id };
    const answer = await mutateApi(fetch, CreateEventMutation, { organisation, input }, "Create event", { token: locals.sessionToken });
    const outcome = eventOutcome(answer, (data) => data.createEvent, "Event", values);
    if (!outcome.ok) return fail(outcome.status, { values, image: image.values, errors: outcome.errors, message: outcome.message } as EventPageForm);
    if (outcome.result.__typename === "Event") redirect(303, eventPath(outcome.result.id, "aangemaakt"));
  },
};
