import type { Prisma } from "@techniek-loket/db/client";
import { builder } from "../../builder.ts";
import type { Viewer } from "../../context.ts";
import { db } from "../../db.ts";
import { AuditEntry } from "./types.ts";

/** Moderators read the changes in their regions; platform admins all. */
function readable(viewer: Viewer): Prisma.AuditEntryWhereInput {
  return viewer.platformAdmin ? {} : { regionId: { in: [...viewer.moderatorOf] } };
}

builder.queryFields((t) => ({
  auditLog: t.prismaConnection(
    {
      type: AuditEntry,
      cursor: "id",
      description: "The audit log of the regions the viewer moderates, newest first; optionally of one object.",
      authScopes: { person: true },
      args: { subject: t.arg.globalID({ required: false, description: "Only the changes of this object (global ID of an Event, Offering or Organisation)." }) },
      resolve: (query, _root, { subject }, { viewer }) =>
        db.auditEntry.findMany({
          ...query,
          where: { AND: [readable(viewer!), subject ? { subjectType: subject.typename, subjectId: Number(subject.id) } : {}] },
          orderBy: { id: "desc" },
        }),
    },
    { description: "A page of the audit log." },
    { description: "A change in a page of the audit log." },
  ),
}));
