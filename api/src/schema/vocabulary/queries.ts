import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ActionLine, Audience, GtProgramme, Profile, Theme } from "./types.ts";

builder.queryFields((t) => ({
  actionLines: t.prismaField({
    type: [ActionLine],
    description: "The eight action lines of the plan, in order.",
    resolve: (query) => db.actionLine.findMany({ ...query, orderBy: { number: "asc" } }),
  }),
  actionLine: t.prismaField({
    type: ActionLine,
    nullable: true,
    description: "One action line by number (1-8) or slug; null when there is none.",
    args: {
      number: t.arg.int({ required: false, description: "Number 1-8." }),
      slug: t.arg.string({ required: false, description: "Slug." }),
    },
    validate: z
      .object({ number: z.number().nullish(), slug: z.string().nullish() })
      .refine((args) => (args.number == null) !== (args.slug == null), "Give either number or slug, not both"),
    resolve: (query, _root, { number, slug }) =>
      db.actionLine.findUnique({ ...query, where: number != null ? { number } : { slug: slug! } }),
  }),
  profiles: t.prismaField({
    type: [Profile],
    description: "All vmbo profiles, technical first.",
    resolve: (query) => db.profile.findMany({ ...query, orderBy: [{ technical: "desc" }, { id: "asc" }] }),
  }),
  gtProgrammes: t.prismaField({
    type: [GtProgramme],
    description: "The practical programmes for g/t pupils.",
    resolve: (query) => db.gtProgramme.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  themes: t.prismaField({
    type: [Theme],
    description: "All technology themes, by name.",
    resolve: (query) => db.theme.findMany({ ...query, orderBy: { name: "asc" } }),
  }),
  audiences: t.prismaField({
    type: [Audience],
    description: "All target groups, from primary group 1 to companies.",
    resolve: (query) => db.audience.findMany({ ...query, orderBy: { sortOrder: "asc" } }),
  }),
}));
