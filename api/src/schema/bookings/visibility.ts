// Who sees a booking request through the API's lists and `node(id)`: the providing organisation's
// editors (of it or of its school), the region's moderators and admins. The requester holds no
// account: they read their own request with its manage token (`bookingRequest(manageToken)`).
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "../../context.ts";

const nothing = { id: { in: [] } } satisfies Prisma.BookingRequestWhereInput;

export function visibleBookingRequest(viewer: Viewer | null): Prisma.BookingRequestWhereInput {
  if (!viewer) return nothing;
  if (viewer.platformAdmin) return {};
  const edited = [...viewer.editorOf.keys()];
  return {
    offering: {
      OR: [{ regionId: { in: [...viewer.moderatorOf] } }, { organisation: { OR: [{ id: { in: edited } }, { parentId: { in: edited } }] } }],
    },
  };
}
