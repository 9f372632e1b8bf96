// The directory filter: its GraphQL input and its translation into a Prisma where clause.
import type { Prisma } from "@techniek-loket/db/client";
import { builder } from "../../builder.ts";
import { limits } from "../../limits.ts";
import { cappedList, everyWordIn, searchText } from "../filters.ts";
import { OrganisationKindEnum } from "./enums.ts";

export const OrganisationFilter = builder.inputType("OrganisationFilter", {
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
