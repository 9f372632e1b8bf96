// Which roles the public sees: people's work contact data is published for the purpose of a role,
// so once the role has ended it is no longer shown anywhere (organisation, region, widget).
import type { Prisma } from "@techniek-loket/db/client";
import { todayInAmsterdam } from "../../time.ts";

/** Roles that have not ended: no end date, or one today or later. */
export function currentRole(now = new Date()): Prisma.PersonRoleWhereInput {
  return { OR: [{ endsOn: null }, { endsOn: { gte: todayInAmsterdam(now) } }] };
}
