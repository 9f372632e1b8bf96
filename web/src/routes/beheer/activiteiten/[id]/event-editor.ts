// The event being edited, as its editors and moderators see it: its details for the form, where
// it stands and what the viewer may do with it.
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { API_DOWN_MESSAGE, queryApiOrFailure } from "$lib/server/api";

const EventEditorQuery = graphql(`
  query EventEditor($id: ID!) {
    node(id: $id) {
      __typename
      ... on Event {
        id
        slug
        status
        rejectionReason
        cancellationReason
        publishedAt
        version
        viewerCanEdit
        viewerCanModerate
        title
        summary
        description
        kind
        startsAt
        endsAt
        allDay
        onlineUrl
        capacity
        costCents
        signupMode
        signupUrl
        signupOpensAt
        signupClosesAt
        leerwegen
        audiences {
          code
        }
        themes {
          slug
        }
        actionLines {
          number
        }
        profiles {
          code
        }
        organisers {
          role
          organisation {
            id
            name
            slug
          }
        }
        venue {
          name
          street
          postalCode
          city
        }
        image {
          id
          url(width: 480)
          alt
          width
          height
        }
      }
    }
  }
`);

export const NOT_FOUND_TEXT = "Deze activiteit bestaat niet (meer), of je mag die niet bewerken.";

export async function loadEditableEvent(fetch: typeof globalThis.fetch, id: string, token: string | null) {
  const answer = await queryApiOrFailure(fetch, EventEditorQuery, { id }, "Event editor", { token });
  // The API refuses an ID it never handed out: for the visitor that is an address that leads nowhere.
  if ("failure" in answer && answer.failure === "refused") error(404, NOT_FOUND_TEXT);
  if ("failure" in answer) error(503, API_DOWN_MESSAGE);
  const node = answer.data.node;
  if (node?.__typename !== "Event") error(404, NOT_FOUND_TEXT);
  if (!node.viewerCanEdit) error(403, "Je mag deze activiteit niet bewerken. Vraag een beheerder van de organisatie om je als redacteur toe te voegen.");
  return node;
}

export type EditableEventData = Awaited<ReturnType<typeof loadEditableEvent>>;
