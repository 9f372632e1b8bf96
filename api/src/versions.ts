// Saves that name the version they loaded: the row is locked, so concurrent saves of one object
// run one after the other, and a save over a newer version is refused instead of overwriting it.
import { Prisma } from "@techniek-loket/db/client";
import { ConflictError, NotFoundError } from "./errors.ts";

type Versioned = "Event" | "Offering" | "Organisation";

/** Locks the row for this transaction; with a version, refuses it when someone saved since. */
export async function lockRow(tx: Prisma.TransactionClient, table: Versioned, id: number, version?: number) {
  const [row] = await tx.$queryRaw<{ version: number }[]>(Prisma.sql`SELECT version FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`);
  if (!row) throw new NotFoundError(table);
  if (version !== undefined && row.version !== version) {
    throw new ConflictError(`The ${table.toLowerCase()} was changed by someone else since version ${version}; load it again (now version ${row.version})`, row.version);
  }
}
