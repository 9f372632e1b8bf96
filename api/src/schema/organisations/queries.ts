import { builder } from "../../builder.ts";
import { countedConnection } from "../connections.ts";
import { cappedList, everyWordIn, searchText } from "../filters.ts";
import { db } from "../../db.ts";
import type { Prisma } from "@techniek-loket/db/client";
import { limits } from "../../limits.ts";
import { OrganisationKindEnum } from "./enums.ts";
import { Organisation } from "./types.ts";

const OrganisationFilter = builder.inputType("OrganisationFilter", {
  description: "Narrows the organisation directory. All given conditions must hold; a list matches any of its values.",
  fields: (t) => ({
    region: t.string({ required: false, description: "Slug of a region." }),
    kinds: t.field({ type: [OrganisationKindEnum], required: false, validate: cappedList("kinds"), description: "Kinds of organisation." }),
    municipalities: t.stringList({ required: false, description: "Municipality slugs.", validate: cappedList("municipalities") }),
    profiles: t.stringList({ required: false, description: "Profile codes the school offers (BWI, PIE, MT, MVI, ...).", validate: cappedList("profiles") }),
    hasTechlab: t.boolean({ required: false, description: "Only schools with (true) or without (false) a Techlab." }),
    includeLocations: t.boolean({
      required: false,
      defaultValue: false,
      description: "Also list school locations as separate entries (default: only main organisations).",
    }),
    text: t.string({
      required: false,
      description: `Words in the name or town (at most ${limits.maxSearchLength} characters).`,
      validate: searchText,
    }),
  }),
});

export function organisationWhere(filter: typeof OrganisationFilter.$inferInput | null | undefined): Prisma.OrganisationWhereInput {
  const and: Prisma.OrganisationWhereInput[] = [];
  if (!filter?.includeLocations) and.push({ parentId: null });
  if (filter?.region) and.push({ region: { slug: filter.region } });
  if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter?.municipalities?.length) and.push({ municipality: { slug: { in: filter.municipalities } } });
  if (filter?.profiles?.length) and.push({ profiles: { some: { code: { in: filter.profiles } } } });
  if (filter?.hasTechlab != null) and.push({ hasTechlab: filter.hasTechlab });
  and.push(...everyWordIn<Prisma.OrganisationWhereInput>(filter?.text, ["name", "city"]));
  return { AND: and };
}

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
