// /beheer/moderatie: the submitted events of the regions the viewer moderates, each to publish or
// send back with a reason (which the API mails to its editors). The API lists submitted events only
// to those who may see them; the page shows those the viewer may moderate.
import { error, fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, queryApi } from "$lib/server/api";
import { outcomeOf } from "$lib/server/editing/outcome";
import { textOf } from "$lib/server/editing/form-values";
import { PublishEventMutation, RejectEventMutation } from "../activiteiten/event-mutations";
import { REASON_MISSING_TEXT, reasonFrom } from "../activiteiten/reason";
import type { Actions, PageServerLoad } from "./$types";

const ModerationQueueQuery = graphql(`
  query ModerationQueue($from: DateTime!) {
    events(first: 100, filter: { statuses: [SUBMITTED], from: $from }) {
      edges {
        node {
          id
          slug
          title
          summary
          kind
          startsAt
          endsAt
          allDay
          updatedAt
          viewerCanModerate
          region {
            name
          }
          organisers {
            role
            organisation {
              name
              slug
            }
          }
        }
      }
    }
  }
`);

/** The agenda starts at today by default; the queue also holds submissions whose date has passed. */
const SUBMITTED_SINCE = "2000-01-01T00:00:00Z";

const ALREADY_HANDLED_TEXT = "Deze activiteit is intussen al behandeld of aangepast. Bekijk de lijst hieronder opnieuw.";

export const load: PageServerLoad = async ({ fetch, parent, locals, url }) => {
  const { viewer } = await parent();
  if (!viewer.moderatedRegions.length && !viewer.platformAdmin) error(403, "Deze pagina is voor moderatoren van een regio.");
  const data = await queryApi(fetch, ModerationQueueQuery, { from: SUBMITTED_SINCE }, "Moderation queue", { token: locals.sessionToken });
  return {
    // An editor who also moderates sees her own organisation's submitted events in the list too.
    events: data.events.edges
      .map((edge) => edge.node)
      .filter((event) => event.viewerCanModerate)
      .map((event) => ({ ...event, ended: new Date(event.endsAt) < new Date() })),
    published: url.searchParams.get("gepubliceerd"),
    rejected: url.searchParams.has("afgewezen"),
  };
};

export const actions: Actions = {
  publiceren: async ({ request, fetch, locals }) => {
    const id = textOf(await request.formData(), "id");
    const answer = await mutateApi(fetch, PublishEventMutation, { id }, "Publish event", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.publishEvent, "Event");
    if (!outcome.ok) return fail(outcome.status, { id, message: outcome.conflict ? ALREADY_HANDLED_TEXT : outcome.message });
    const slug = outcome.result.__typename === "Event" ? outcome.result.slug : "";
    redirect(303, `/beheer/moderatie?gepubliceerd=${encodeURIComponent(slug)}`);
  },
  afwijzen: async ({ request, fetch, locals }) => {
    const form = await request.formData();
    const id = textOf(form, "id");
    const { reason, error: reasonError } = reasonFrom(form);
    if (reasonError) return fail(400, { id, reason, reasonError });
    const answer = await mutateApi(fetch, RejectEventMutation, { id, reason }, "Reject event", { token: locals.sessionToken });
    const outcome = outcomeOf(answer, (data) => data.rejectEvent, "Event", { reason: REASON_MISSING_TEXT });
    if (!outcome.ok) return fail(outcome.status, { id, reason, reasonError: outcome.errors.reason, message: outcome.conflict ? ALREADY_HANDLED_TEXT : outcome.message });
    redirect(303, "/beheer/moderatie?afgewezen");
  },
};
