// An organisation's events in groups by where they stand, in the order editors act on them: what
// still needs their work first (concept, sent back), then what waits, then what is in the agenda.
import type { EventStatus } from "$lib/graphql/generated/graphql";

export const STATUS_ORDER: readonly EventStatus[] = ["DRAFT", "REJECTED", "SUBMITTED", "PUBLISHED", "CANCELLED"];

export interface StatusGroup<Item> {
  status: EventStatus;
  events: Item[];
}

/** The groups that have events, each in the order given (the API's: by start time). */
export function groupByStatus<Item extends { status: EventStatus }>(events: readonly Item[]): StatusGroup<Item>[] {
  return STATUS_ORDER.map((status) => ({ status, events: events.filter((event) => event.status === status) })).filter((group) => group.events.length > 0);
}
