// What a viewer sees of the offering, the one rule every path applies: lists, slugs, node(id), an
// organisation's or action line's offering, and the offering an event belongs to. Everyone sees
// active offerings; an inactive one (switched off by its organisation) only its editors, the
// region's moderators and admins, so they can switch it on again.
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "../../context.ts";

export const publicOffering = { active: true } satisfies Prisma.OfferingWhereInput;

/** The same rule for an offering already loaded, where a relation cannot filter (a to-one relation). */
export const isPublicOffering = (offering: { active: boolean }) => offering.active;

export function visibleOffering(viewer: Viewer | null): Prisma.OfferingWhereInput {
  if (!viewer) return publicOffering;
  if (viewer.platformAdmin) return {};
  const edited = [...viewer.editorOf.keys()];
  return {
    OR: [
      publicOffering,
      { regionId: { in: [...viewer.moderatorOf] } },
      { organisation: { OR: [{ id: { in: edited } }, { parentId: { in: edited } }] } },
    ],
  };
}
