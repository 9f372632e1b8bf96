// Incremental sync for mirrors: with `updatedSince`, the events, offerings and organisations lists
// return what changed at or after that time, in change order ((updatedAt, id)). Their cursors hold
// both values and a page continues after those values, not after the row: a row changed again while
// a mirror pages moves to the end and is read again there, and rows that changed in the same
// millisecond are told apart by id, so none is skipped. What left public view is in the tombstones
// (tombstones.ts). In the lists' own orders the cursor's id finds the row, as before.

/** The cursor Pothos parses from a connection with `cursor: "updatedAt_id"`. */
interface ChangeCursor {
  updatedAt_id: { updatedAt: Date; id: number };
}

/** What Pothos passes for a page (typed by Pothos as the model's unique input). */
interface PageQuery {
  cursor?: object;
  skip?: number;
  take?: number;
}

const changeOrder = [{ updatedAt: "asc" as const }, { id: "asc" as const }];

export const updatedSinceDescription = (what: string) =>
  `Only ${what} changed at or after this moment, in order of change (oldest first) instead of the list's own order; for mirrors (see the partner guide). Cursors of such pages hold the change time, so a mirror paging through never misses a change. What left the list since is in the tombstones.`;

/** The page query for a list's own order: the cursor's id names the row to continue after. */
export function inOwnOrder<Query extends PageQuery>(query: Query) {
  const { cursor, ...rest } = query;
  return cursor ? { ...rest, cursor: { id: (cursor as ChangeCursor).updatedAt_id.id } } : rest;
}


// Every synced model has `updatedAt` and `id`, so these conditions fit each model's where type;
// TypeScript cannot see that through the generic, hence the casts.

/** A list's where clause, narrowed to the changes since a moment when one is given. */
export const changedWhere = <Where extends object>(where: Where, since: Date | null | undefined): Where =>
  since ? ({ AND: [where, { updatedAt: { gte: since } }] } as Where) : where;

/** findMany arguments of a list's page: in change order with `updatedSince`, else in its own order. */
export function listPage<Query extends PageQuery, Where extends object, Order>(
  query: Query,
  where: Where,
  since: Date | null | undefined,
  ownOrder: Order,
): Omit<Query, keyof PageQuery> & { take?: number; skip?: number; cursor?: { id: number }; where: Where; orderBy: Order } {
  if (!since) return { ...(inOwnOrder(query) as Omit<Query, keyof PageQuery>), where, orderBy: ownOrder };
  // Continue after the cursor's values (keyset), not after its row, which may have changed since.
  const { cursor, skip: _rowSkip, take, ...rest } = query;
  const towards = take !== undefined && take < 0 ? "lt" : "gt";
  const at = (cursor as ChangeCursor | undefined)?.updatedAt_id;
  const after = at ? [{ OR: [{ updatedAt: { [towards]: at.updatedAt } }, { updatedAt: at.updatedAt, id: { [towards]: at.id } }] }] : [];
  return { ...rest, take, where: { AND: [changedWhere(where, since), ...after] } as Where, orderBy: changeOrder as Order };
}
