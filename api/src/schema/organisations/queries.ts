import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { countedConnection } from "../connections.ts";
import { OrganisationFilter, organisationWhere } from "./filter.ts";
import { Organisation } from "./types.ts";

builder.queryFields((t) => ({
  organisations: t.prismaConnection(
    {
      type: Organisation,
      cursor: "id",
      description: `The directory of organisations, ordered by name. Pages of at most ${limits.maxPageSize}.`,
      args: { filter: t.arg({ type: OrganisationFilter, required: false, description: "Conditions to narrow the list." }) },
      resolve: (query, _root, { filter }) =>
        db.organisation.findMany({ ...query, where: organisationWhere(filter), orderBy: [{ name: "asc" }, { id: "asc" }] }),
      totalCount: (_connection, { filter }) => db.organisation.count({ where: organisationWhere(filter) }),
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
