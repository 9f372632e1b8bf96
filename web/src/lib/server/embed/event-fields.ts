// The fields the widgets show of an event (EventItems.svelte), shared by both widgets' queries.
import { graphql, useFragment, type FragmentType } from "$lib/graphql/generated";
import type { EmbedEvent } from "$lib/embed/widget-data";

export const EmbedEventFields = graphql(`
  fragment EmbedEventFields on Event {
    id
    slug
    title
    startsAt
    endsAt
    allDay
    status
    kind
    url
    venue {
      name
      city
    }
  }
`);

/** The events of a query that spread `...EmbedEventFields`. */
export function embedEvents(nodes: readonly FragmentType<typeof EmbedEventFields>[]): EmbedEvent[] {
  return [...useFragment(EmbedEventFields, nodes)];
}
