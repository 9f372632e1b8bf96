// A page of the agenda in order of relevance: first the events that match best (a search's words
// all in the title), then the others, each group in start order. Pothos pages a connection with
// `take` (negative for `last`/`before`), `skip` and an id `cursor` as Prisma does; this follows the
// same rules across the two groups, so cursors and pageInfo behave as in date order.
import type { Prisma } from "@techniek-loket/db/client";
import { db } from "../../db.ts";

type PageQuery = Omit<Prisma.EventFindManyArgs, "where" | "orderBy">;

const startOrder: Prisma.EventOrderByWithRelationInput[] = [{ startsAt: "asc" }, { id: "asc" }];

export async function rankedEvents(query: PageQuery, where: Prisma.EventWhereInput, best: Prisma.EventWhereInput) {
  const { take, skip, cursor, ...shape } = query;
  const groups = [{ AND: [where, best] }, { AND: [where, { NOT: best }] }];
  const backward = take !== undefined && take < 0;
  // Start in the cursor's group, and walk towards the end (forward) or the beginning (backward).
  let group = backward ? groups.length - 1 : 0;
  if (cursor) {
    const [exists, isBest] = await Promise.all([db.event.count({ where: cursor }), db.event.count({ where: { AND: [cursor, best] } })]);
    if (!exists) return []; // as Prisma answers a cursor that is gone
    group = isBest ? 0 : 1;
  }

  let rows: Awaited<ReturnType<typeof db.event.findMany>> = [];
  let wanted = take === undefined ? undefined : Math.abs(take);
  for (let first = true; group >= 0 && group < groups.length && wanted !== 0; group += backward ? -1 : 1, first = false) {
    const part = await db.event.findMany({
      ...shape,
      where: groups[group],
      orderBy: startOrder,
      ...(first && cursor ? { cursor, skip } : {}),
      ...(wanted === undefined ? {} : { take: backward ? -wanted : wanted }),
    });
    rows = backward ? [...part, ...rows] : [...rows, ...part];
    if (wanted !== undefined) wanted -= part.length;
  }
  return rows;
}
