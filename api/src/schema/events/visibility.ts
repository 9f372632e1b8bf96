import type { EventStatus } from "../../generated/prisma/enums.ts";

/** The public sees published and cancelled events (so calendars can show a cancellation), never drafts. */
export const visibleStatuses: EventStatus[] = ["PUBLISHED", "CANCELLED"];
