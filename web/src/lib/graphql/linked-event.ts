// The fields a short list of events shows (EventLinkList): one fragment, so every page that lists
// events asks the API for the same thing, and the list's props follow it.
import { graphql, useFragment, type FragmentType } from "$lib/graphql/generated";
import { eventPicture } from "$lib/pictures";

export const LinkedEventFields = graphql(`
  fragment LinkedEventFields on Event {
    slug
    title
    startsAt
    endsAt
    allDay
    status
    kind
    image {
      ...PictureFields
    }
    venue {
      name
      city
    }
  }
`);

/** The events of a query that spread `...LinkedEventFields`, with their pictures, as EventLinkList takes them. */
export function linkedEvents(nodes: readonly FragmentType<typeof LinkedEventFields>[]) {
  return useFragment(LinkedEventFields, nodes).map(({ image, ...event }) => ({ ...event, picture: eventPicture({ kind: event.kind, image }) }));
}
