// What a viewer sees of events, the one rule every path applies: the agenda, slugs, node(id), and
// relations such as an organisation's or a challenge's events. Everyone sees published and
// cancelled events (so calendars can show a cancellation); drafts, submitted and rejected events
// only their editors (those of an organiser or its school), the region's moderators and admins.
import type { Prisma } from "@techniek-loket/db/client";
import type { EventStatus } from "@techniek-loket/db/enums";
import type { Viewer } from "../../context.ts";

export const visibleStatuses: EventStatus[] = ["PUBLISHED", "CANCELLED"];

export const publicEvent = { status: { in: visibleStatuses } } satisfies Prisma.EventWhereInput;

/** The states a list asks for (published and cancelled unless it names others). */
export function statusesWhere(statuses: readonly EventStatus[] | null | undefined): Prisma.EventWhereInput {
  return { status: { in: statuses?.length ? [...statuses] : visibleStatuses } };
}

export function visibleEvent(viewer: Viewer | null): Prisma.EventWhereInput {
  if (!viewer) return publicEvent;
  if (viewer.platformAdmin) return {};
  const edited = [...viewer.editorOf.keys()];
  return {
    OR: [
      publicEvent,
      { regionId: { in: [...viewer.moderatorOf] } },
      { organisers: { some: { organisation: { OR: [{ id: { in: edited } }, { parentId: { in: edited } }] } } } },
    ],
  };
}
