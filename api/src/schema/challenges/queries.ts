import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { ChallengeStatusEnum } from "./enums.ts";
import { Challenge } from "./types.ts";

builder.queryFields((t) => ({
  challenges: t.prismaField({
    type: [Challenge],
    description: "Regional challenges, newest first; optionally of one region or status.",
    args: {
      region: t.arg.string({ required: false, description: "Slug of a region." }),
      statuses: t.arg({ type: [ChallengeStatusEnum], required: false, description: "Only these statuses." }),
    },
    resolve: (query, _root, { region, statuses }) =>
      db.challenge.findMany({
        ...query,
        where: { ...(region ? { region: { slug: region } } : {}), ...(statuses?.length ? { status: { in: statuses } } : {}) },
        orderBy: [{ startsOn: "desc" }, { id: "asc" }],
      }),
  }),
  challenge: t.prismaField({
    type: Challenge,
    nullable: true,
    description: "One challenge by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The challenge's slug." }) },
    resolve: (query, _root, { slug }) => db.challenge.findUnique({ ...query, where: { slug } }),
  }),
}));
