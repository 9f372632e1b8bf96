// The audit log: every change by an editor or moderator, written in the same transaction as the
// change, with the object before and after.
import type { Prisma } from "@techniek-loket/db/client";
import type { Viewer } from "./context.ts";

export interface Change {
  action: string;
  subjectType: "Event" | "Offering" | "Organisation" | "Region" | "BookingRequest";
  subjectId: number;
  regionId: number;
  before?: unknown;
  after?: unknown;
}

export function recordChange(tx: Prisma.TransactionClient, viewer: Viewer, change: Change) {
  const json = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));
  return tx.auditEntry.create({
    data: { ...change, accountId: viewer.accountId, before: json(change.before), after: json(change.after) },
  });
}
