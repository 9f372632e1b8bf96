import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { currentRole } from "../people/visibility.ts";

export const Region = builder.prismaNode("Region", {
  nullable: true,
  description: "A regional network (an STO region) of schools, companies and partners. The platform can host several.",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs, e.g. `noordoost-brabant`." }),
    name: t.exposeString("name", { description: "Name of the region." }),
    description: t.exposeString("description", { description: "What the regional network does (Dutch)." }),
    municipalities: t.relation("municipalities", {
      description: "Municipalities in the region, by name.",
      query: { orderBy: { name: "asc" } },
    }),
    roles: t.relation("roles", {
      description: "People in current regional roles (programme manager, bedrijvencontactfunctionaris); ended roles are not shown.",
      query: () => ({ where: currentRole(), orderBy: [{ kind: "asc" }, { id: "asc" }] }),
    }),
  }),
});

export const Municipality = builder.prismaNode("Municipality", {
  nullable: true,
  description: "A Dutch municipality (gemeente).",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs and filters, e.g. `s-hertogenbosch`." }),
    name: t.exposeString("name", { description: "Official name, e.g. 's-Hertogenbosch." }),
    cbsCode: t.exposeString("cbsCode", { nullable: true, description: "CBS municipality code, e.g. GM0796." }),
    region: t.relation("region", { description: "The region the municipality belongs to." }),
  }),
});

builder.queryFields((t) => ({
  regions: t.prismaField({
    type: [Region],
    description: "All regions on the platform.",
    resolve: (query) => db.region.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  region: t.prismaField({
    type: Region,
    nullable: true,
    description: "One region by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The region's slug." }) },
    resolve: (query, _root, { slug }) => db.region.findUnique({ ...query, where: { slug } }),
  }),
  municipalities: t.prismaField({
    type: [Municipality],
    description: "Municipalities, by name; optionally those of one region.",
    args: { region: t.arg.string({ required: false, description: "Slug of a region." }) },
    resolve: (query, _root, { region }) =>
      db.municipality.findMany({ ...query, where: region ? { region: { slug: region } } : {}, orderBy: { name: "asc" } }),
  }),
}));
