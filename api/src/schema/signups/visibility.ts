// Who sees a sign-up, the one rule: its person through the manage token (signup(manageToken)), and
// the event's editors and the region's moderators (Event.signups, node(id)); nobody else, and the
// public only counts (Event.signupAvailability).
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "../../context.ts";

/** Sign-ups of events the viewer edits or moderates (as permissions.ts mayReadSignups decides). */
export function organisedSignups(viewer: Viewer | null): Prisma.SignupWhereInput {
  if (!viewer || (viewer.apiKey && !viewer.apiKey.scopes.has("SIGNUPS_READ"))) return { id: { in: [] } };
  if (viewer.platformAdmin) return {};
  const edited = [...viewer.editorOf.keys()];
  return {
    event: {
      OR: [
        { regionId: { in: [...viewer.moderatorOf] } },
        { organisers: { some: { organisation: { OR: [{ id: { in: edited } }, { parentId: { in: edited } }] } } } },
      ],
    },
  };
}
