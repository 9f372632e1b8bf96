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
        resolve: (parent: { totalCount?: () => number | Promise<number> }) => parent.totalCount?.(),
      }),
    }),
  };
}
