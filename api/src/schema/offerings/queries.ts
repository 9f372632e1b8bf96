import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { countedConnection } from "../connections.ts";
import { OfferingFilter, offeringWhere } from "./filter.ts";
import { Offering } from "./types.ts";
import { visibleOffering } from "./visibility.ts";

builder.queryFields((t) => ({
  offerings: t.prismaConnection(
    {
      type: Offering,
      cursor: "id",
      description: `The offering (aanbod) of the network, by title. Pages of at most ${limits.maxPageSize}.`,
      args: { filter: t.arg({ type: OfferingFilter, required: false, description: "Conditions to narrow the list." }) },
      resolve: (query, _root, { filter }, { viewer }) =>
        db.offering.findMany({ ...query, where: offeringWhere(filter, viewer), orderBy: [{ title: "asc" }, { id: "asc" }] }),
      totalCount: (_connection, { filter }, { viewer }) => db.offering.count({ where: offeringWhere(filter, viewer) }),
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
