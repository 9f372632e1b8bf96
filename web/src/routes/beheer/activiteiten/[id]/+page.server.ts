// One event's page in /beheer (/beheer/activiteiten/<global ID>): its form, and what can be done
// with it in its state. Every button is a plain POST form; "Indienen" and "Publiceren" sit in the
// event's form, so what was just typed is saved before the event moves on.
import { fail as failWith, redirect, type RequestEvent } from "@sveltejs/kit";
import { mutateApi } from "$lib/server/api";
import { outcomeOf } from "$lib/server/editing/outcome";
import { textOf, versionOf } from "$lib/server/editing/form-values";
import { chooseImage, formDataOrTooLarge, IMAGE_TEXTS, loadedImageField, previewOf } from "$lib/server/editing/image-field";
import { loadTagChoices } from "$lib/server/editing/tag-choices";
import { eventFormValuesFrom, eventFormValuesOf } from "../event-form-values";
import { eventInputOf } from "../event-input";
import { CancelEventMutation, DeleteEventMutation, PublishEventMutation, RejectEventMutation, SubmitEventMutation, UpdateEventMutation } from "../event-mutations";
import { eventOutcome } from "../event-outcome";
import { doneText, eventPath } from "../event-path";
import { REASON_MISSING_TEXT, reasonFrom } from "../reason";
import type { EventPageForm } from "../event-page-form";
import { loadEditableEvent } from "./event-editor";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const [event, choices] = await Promise.all([loadEditableEvent(fetch, params.id, locals.sessionToken), loadTagChoices(fetch)]);
  return {
    event,
    choices,
    values: eventFormValuesOf(event),
    image: loadedImageField("image", previewOf(event.image)),
    version: event.version,
    done: doneText(url.searchParams.get("gedaan")),
  };
};

type Event = RequestEvent<{ id: string }>;

/** Every action answers in one shape (EventPageForm), so the page reads each part the same way. */
const fail = (status: number, form: EventPageForm) => failWith(status, form);

const STATE_CHANGED_TEXT = "De status van de activiteit is intussen veranderd, dus dit kan nu niet meer. Bekijk hieronder hoe die er nu voor staat.";

/** Saves the form; the answer to show when that failed, or null when it was saved. */
async function save({ request, fetch, params, locals }: Event) {
  const form = await formDataOrTooLarge(request);
  // Unreadable: the page shows the event as stored, with the reason.
  if (!form) return fail(413, { errors: { imageFile: IMAGE_TEXTS.tooLarge }, message: IMAGE_TEXTS.postTooLarge });
  const values = eventFormValuesFrom(form);
  const version = versionOf(textOf(form, "version"));
  const image = await chooseImage(fetch, form, "image", locals.sessionToken);
  const checked = eventInputOf(values);
  if ("errors" in checked || Object.keys(image.errors).length) {
    return fail(400, { values, image: image.values, version, errors: { ...("errors" in checked ? checked.errors : {}), ...image.errors } });
  }
  const input = { ...checked.input, imageId: image.id };
  const answer = await mutateApi(fetch, UpdateEventMutation, { id: params.id, version, input }, "Update event", { token: locals.sessionToken });
  const outcome = eventOutcome(answer, (data) => data.updateEvent, "Event", values);
  if (!outcome.ok) return fail(outcome.status, { values, image: image.values, version, errors: outcome.errors, message: outcome.message, conflict: outcome.conflict });
  return null;
}

/** After a save: the state change, whose failure shows with the saved form (a newer version now). */
async function moveOn(event: Event, change: "submit" | "publish") {
  const failed = await save(event);
  if (failed) return failed;
  const options = { token: event.locals.sessionToken };
  const outcome =
    change === "submit"
      ? outcomeOf(await mutateApi(event.fetch, SubmitEventMutation, { id: event.params.id }, "Submit event", options), (data) => data.submitEvent, "Event")
      : outcomeOf(await mutateApi(event.fetch, PublishEventMutation, { id: event.params.id }, "Publish event", options), (data) => data.publishEvent, "Event");
  if (!outcome.ok) return fail(outcome.status, { moveOnFailed: outcome.conflict ? STATE_CHANGED_TEXT : outcome.message });
  const published = change === "publish" || ("status" in outcome.result && outcome.result.status === "PUBLISHED");
  redirect(303, eventPath(event.params.id, published ? "gepubliceerd" : "ingediend"));
}

export const actions: Actions = {
  opslaan: async (event) => (await save(event)) ?? redirect(303, eventPath(event.params.id, "opgeslagen")),
  indienen: (event) => moveOn(event, "submit"),
  publiceren: (event) => moveOn(event, "publish"),
  annuleren: async ({ request, fetch, params, locals }) => {
    const { reason, error } = reasonFrom(await request.formData());
    if (error) return fail(400, { cancel: { reason, error } });
    const answer = await mutateApi(fetch, CancelEventMutation, { id: params.id, reason }, "Cancel event", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.cancelEvent, "Event", { reason: REASON_MISSING_TEXT });
    if (!outcome.ok) return fail(outcome.status, { cancel: { reason, error: outcome.errors.reason, message: outcome.conflict ? STATE_CHANGED_TEXT : outcome.message } });
    redirect(303, eventPath(params.id, "geannuleerd"));
  },
  // A moderator sends a submitted event back from its page too, not only from the queue.
  afwijzen: async ({ request, fetch, params, locals }) => {
    const { reason, error } = reasonFrom(await request.formData());
    if (error) return fail(400, { reject: { reason, error } });
    const answer = await mutateApi(fetch, RejectEventMutation, { id: params.id, reason }, "Reject event", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.rejectEvent, "Event", { reason: REASON_MISSING_TEXT });
    if (!outcome.ok) return fail(outcome.status, { reject: { reason, error: outcome.errors.reason, message: outcome.conflict ? STATE_CHANGED_TEXT : outcome.message } });
    redirect(303, eventPath(params.id, "teruggestuurd"));
  },
  // Without the browser's JavaScript there is no confirm(): the first press asks, the second deletes.
  verwijderen: async ({ request, fetch, params, locals }) => {
    if (!(await request.formData()).has("zeker")) return { confirmDelete: true } as EventPageForm;
    const answer = await mutateApi(fetch, DeleteEventMutation, { id: params.id }, "Delete event", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.deleteEvent, "DeletedEvent");
    if (!outcome.ok) return fail(outcome.status, { deleteFailed: outcome.conflict ? STATE_CHANGED_TEXT : outcome.message });
    redirect(303, "/beheer/activiteiten?verwijderd");
  },
};
