// What a viewer sees of images, applied to node(id): an image shows where what it belongs to
// shows (a visible event or offering, any organisation), and to whoever uploaded it, so that an
// upload not yet attached cannot be found by counting through IDs.
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "../../context.ts";
import { visibleEvent } from "../events/visibility.ts";
import { visibleOffering } from "../offerings/visibility.ts";

export function visibleImage(viewer: Viewer | null): Prisma.ImageWhereInput {
  if (viewer?.platformAdmin) return {};
  return {
    OR: [
      { events: { some: visibleEvent(viewer) } },
      { offerings: { some: visibleOffering(viewer) } },
      { organisations: { some: {} } },
      { logoOf: { some: {} } },
      ...(viewer ? [{ uploadedById: viewer.accountId }] : []),
    ],
  };
}
