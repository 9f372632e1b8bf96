// What the public sees of events, the one rule every path applies: the agenda, slugs, node(id),
// and relations such as an organisation's or a challenge's events.
import type { Prisma } from "@techniek-loket/db/client";
import type { EventStatus } from "@techniek-loket/db/enums";

/** Published and cancelled events (so calendars can show a cancellation), never drafts. */
export const visibleStatuses: EventStatus[] = ["PUBLISHED", "CANCELLED"];

export const publicEvent = { status: { in: visibleStatuses } } satisfies Prisma.EventWhereInput;
