import { builder } from "../../builder.ts";
import { ChallengeStatusEnum } from "./enums.ts";
import { visibleEvent } from "../events/visibility.ts";

export const Challenge = builder.prismaNode("Challenge", {
  nullable: true,
  description: "A regional challenge: a company poses a real problem and schools work on it over a timeline.",
  id: { field: "id" },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs." }),
    title: t.exposeString("title", { description: "Title (Dutch)." }),
    summary: t.exposeString("summary", { description: "One or two sentences (Dutch)." }),
    description: t.exposeString("description", { description: "The problem and what schools do (Dutch, plain text)." }),
    status: t.expose("status", { type: ChallengeStatusEnum, description: "Where it stands." }),
    startsOn: t.expose("startsOn", { type: "Date", description: "First day." }),
    endsOn: t.expose("endsOn", { type: "Date", description: "Last day." }),
    company: t.relation("company", { description: "The company that poses the challenge." }),
    participants: t.relation("participants", {
      description: "The participating schools, by name.",
      query: { orderBy: { organisation: { name: "asc" } } },
    }),
    milestones: t.relation("milestones", { description: "The timeline, earliest first.", query: { orderBy: [{ date: "asc" }, { id: "asc" }] } }),
    themes: t.relation("themes", { description: "Technology themes.", query: { orderBy: { name: "asc" } } }),
    actionLines: t.relation("actionLines", { description: "The action lines it serves.", query: { orderBy: { number: "asc" } } }),
    events: t.relation("events", {
      description: "Its events (kick-off, presentations, final), earliest first.",
      query: (_args, { viewer }) => ({ where: { AND: [visibleEvent(viewer), { status: { in: ["PUBLISHED", "CANCELLED"] } }] }, orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
    }),
  }),
});

builder.prismaObject("ChallengeMilestone", {
  description: "A step in a challenge's timeline.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "What happens (Dutch)." }),
    date: t.expose("date", { type: "Date", description: "When." }),
    description: t.exposeString("description", { description: "Details (Dutch)." }),
  }),
});

builder.prismaObject("ChallengeParticipant", {
  description: "A school taking part in a challenge.",
  fields: (t) => ({
    organisation: t.relation("organisation", { description: "The participating school." }),
    challenge: t.relation("challenge", { description: "The challenge." }),
    joinedOn: t.expose("joinedOn", { type: "Date", nullable: true, description: "When it joined." }),
  }),
});

builder.prismaObjectField("Organisation", "challengeParticipations", (t) =>
  t.relation("challengeParticipations", {
    description: "For a school: the regional challenges it takes part in, newest first.",
    query: { orderBy: { challenge: { startsOn: "desc" } } },
  }),
);
