// What the API's connections share: a described `totalCount`, and a count that runs beside the
// page query rather than after it.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { Context } from "../context.ts";

// Connection type options with a described `totalCount`. plugin-prisma adds an undescribed one;
// this replaces it, keeping the marker that lets a count-only query skip loading the page.
export function countedConnection(description: string) {
  return {
    description,
    // The connection's parent type is generated per field by plugin-prisma and not nameable here.
    fields: (t: any) => ({
      totalCount: t.int({
        description: "Number of items in the whole list with this filter, across all pages.",
        extensions: { pothosPrismaTotalCount: true },
        // A top-level connection carries a function that counts; a related connection, the count itself.
        resolve: (parent: { totalCount?: number | (() => number | Promise<number>) }) =>
          typeof parent.totalCount === "function" ? parent.totalCount() : parent.totalCount,
      }),
    }),
  };
}

/** Whether the query selects `name` directly under this field (through fragments too). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === name
        : visit(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * For a connection whose page and count share one (possibly costly) where clause: `where(args)`
 * builds it once per field call, `startCount` starts the count beside the page query when the
 * query asks for `totalCount`, and `totalCount` answers with that count (or counts now).
 * Both are keyed on the field's args object, which plugin-prisma passes to both resolvers.
 */
export function parallelCount<Args extends object, Where>(
  buildWhere: (args: Args, context: Context) => Promise<Where>,
  count: (where: Where) => Promise<number>,
) {
  const whereByArgs = new WeakMap<Args, Promise<Where>>();
  const countByArgs = new WeakMap<Args, Promise<number>>();
  const where = (args: Args, context: Context) => {
    let built = whereByArgs.get(args);
    if (!built) whereByArgs.set(args, (built = buildWhere(args, context)));
    return built;
  };
  return {
    where,
    startCount(args: Args, context: Context, info: GraphQLResolveInfo) {
      if (!selects(info, "totalCount")) return;
      const counted = where(args, context).then(count);
      counted.catch(() => {}); // if the page fails, its error is the one reported
      countByArgs.set(args, counted);
    },
    totalCount: (args: Args, context: Context) => countByArgs.get(args) ?? where(args, context).then(count),
  };
}
