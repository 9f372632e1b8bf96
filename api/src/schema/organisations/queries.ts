import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { countedConnection } from "../connections.ts";
import { changedWhere, listPage, updatedSinceDescription } from "../sync/changes.ts";
import { OrganisationFilter, organisationWhere } from "./filter.ts";
import { Organisation } from "./types.ts";

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      type: Organisation,
      cursor: "updatedAt_id",
      description: `The directory of organisations, ordered by name. Pages of at most ${limits.maxPageSize}.`,
      args: {
        updatedSince: t.arg({ type: "DateTime", required: false, description: updatedSinceDescription("organisations") }),
        filter: t.arg({ type: OrganisationFilter, required: false, description: "Conditions to narrow the list." }),
      },
      resolve: (query, _root, { filter, updatedSince }) => db.organisation.findMany(listPage(query, organisationWhere(filter), updatedSince, [{ name: "asc" as const }, { id: "asc" as const }])),
      totalCount: (_connection, { filter, updatedSince }) => db.organisation.count({ where: changedWhere(organisationWhere(filter), updatedSince) }),
    },
    countedConnection("A page of organisations."),
    { description: "An organisation in a page." },
  ),
  organisation: t.prismaField({
    type: Organisation,
    nullable: true,
    description: "One organisation by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The organisation's slug." }) },
    resolve: (query, _root, { slug }) => db.organisation.findUnique({ ...query, where: { slug } }),
  }),
}));
