import type { EventPageQuery } from "$lib/graphql/generated/graphql";

/** The event as the event page loads it. */
export type PageEvent = NonNullable<EventPageQuery["event"]>;
