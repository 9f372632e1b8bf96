import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { countedConnection } from "../connections.ts";
import { changedWhere, listPage, updatedSinceDescription } from "../sync/changes.ts";
import { OfferingFilter, offeringWhere } from "./filter.ts";
import { Offering } from "./types.ts";
import { visibleOffering } from "./visibility.ts";

builder.queryFields((t) => ({
  offerings: t.prismaConnection(
    {
      type: Offering,
      cursor: "updatedAt_id",
      description: `The offering (aanbod) of the network, by title. Pages of at most ${limits.maxPageSize}.`,
      args: {
        updatedSince: t.arg({ type: "DateTime", required: false, description: updatedSinceDescription("offerings") }),
        filter: t.arg({ type: OfferingFilter, required: false, description: "Conditions to narrow the list." }),
      },
      resolve: (query, _root, { filter, updatedSince }, { viewer }) => db.offering.findMany(listPage(query, offeringWhere(filter, viewer), updatedSince, [{ title: "asc" as const }, { id: "asc" as const }])),
      totalCount: (_connection, { filter, updatedSince }, { viewer }) => db.offering.count({ where: changedWhere(offeringWhere(filter, viewer), updatedSince) }),
    },
    countedConnection("A page of offerings."),
    { description: "An offering in a page." },
  ),
  offering: t.prismaField({
    type: Offering,
    nullable: true,
    description: "One offering by slug: an active one, or one the viewer edits or moderates; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The offering's slug." }) },
    resolve: (query, _root, { slug }, { viewer }) => db.offering.findFirst({ ...query, where: { AND: [{ slug }, visibleOffering(viewer)] } }),
  }),
}));
