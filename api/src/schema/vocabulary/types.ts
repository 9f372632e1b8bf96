// The plan's vocabulary: action lines, profiles, g/t programmes, themes and audiences.
import { builder } from "../../builder.ts";
import { publicOffering } from "../offerings/visibility.ts";
import { AudienceSectorEnum } from "./enums.ts";

export const ActionLine = builder.prismaNode("ActionLine", {
  nullable: true,
  description: "One of the eight action lines (actielijnen) of the regional plan.",
  id: { field: "id" },
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Number 1-8 as in the plan." }),
    slug: t.exposeString("slug", { description: "Stable identifier for URLs." }),
    title: t.exposeString("title", { description: "Title (Dutch)." }),
    summary: t.exposeString("summary", { description: "One-paragraph summary (Dutch)." }),
    description: t.exposeString("description", { description: "What happens in this line (Dutch, plain text)." }),
    offerings: t.relation("offerings", {
      description: "Active offering (aanbod) in this action line, by title.",
      query: { where: publicOffering, orderBy: [{ title: "asc" }, { id: "asc" }] },
    }),
  }),
});

export const Profile = builder.prismaNode("Profile", {
  nullable: true,
  description: "A vmbo bovenbouw profile: the technical BWI, PIE, M&T and MVI, and the non-technical ones.",
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code", { description: "Code used in filters: BWI, PIE, MT, MVI, GROEN, ZW, HBR, EO." }),
    slug: t.exposeString("slug", { description: "Stable identifier for URLs." }),
    name: t.exposeString("name", { description: "Full name (Dutch), e.g. Bouwen, Wonen en Interieur." }),
    technical: t.exposeBoolean("technical", { description: "Whether this is one of the four technical profiles." }),
  }),
});

export const GtProgramme = builder.prismaNode("GtProgramme", {
  nullable: true,
  description: "A practical programme for g/t pupils (gemengde and theoretische leerweg).",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs." }),
    name: t.exposeString("name", { description: "Name (Dutch), e.g. Technologie en Toepassing." }),
    description: t.exposeString("description", { description: "What the programme is (Dutch)." }),
  }),
});

export const Theme = builder.prismaNode("Theme", {
  nullable: true,
  description: "A technology theme such as AR, VR, AI, robotics or energy.",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Code used in filters, e.g. `robotica`." }),
    name: t.exposeString("name", { description: "Name (Dutch)." }),
  }),
});

export const Audience = builder.prismaNode("Audience", {
  nullable: true,
  description: "A target group: a primary school group, a vmbo year, or a whole sector such as teachers or parents.",
  id: { field: "id" },
  fields: (t) => ({
    code: t.exposeString("code", { description: "Code used in filters, e.g. PO_GROUP_7, VMBO_YEAR_2, PARENTS." }),
    name: t.exposeString("name", { description: "Name (Dutch), e.g. Groep 7." }),
    sector: t.expose("sector", { type: AudienceSectorEnum, description: "The sector this group belongs to." }),
    level: t.exposeInt("level", { nullable: true, description: "Primary school group (1-8) or vmbo year (1-4); null for a whole sector." }),
  }),
});
