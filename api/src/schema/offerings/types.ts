import { OfferingKind } from "@techniek-loket/db/enums";
import type { Prisma } from "@techniek-loket/db/client";
import { builder } from "../../builder.ts";
import { countedConnection } from "../connections.ts";
import { cappedList, everyWordIn, searchText } from "../filters.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { describedEnum } from "../enums.ts";
import { LeerwegEnum } from "../vocabulary/enums.ts";
import { publicOffering } from "./visibility.ts";

const OfferingKindEnum = describedEnum("OfferingKind", OfferingKind, "What kind of offering this is.", {
  TECHLAB_SESSION: "A session in a Techlab.",
  GUEST_LESSON: "A guest lesson by a professional.",
  COMPANY_VISIT: "A visit to a company.",
  INTERNSHIP: "An internship (stage) or work placement.",
  ELECTIVE: "An elective (keuzevak).",
  TALENT_LESSON: "Talent lessons, e.g. design or robotics.",
  CHALLENGE: "Taking part in a challenge.",
  TRAINING: "Training for teachers or instructors.",
  PROGRAMME: "A longer programme, e.g. for g/t pupils.",
});

export const Offering = builder.prismaNode("Offering", {
  nullable: true,
  description: "Something an organisation offers schools (aanbod). Bookable offers have no fixed date: schools book them on request.",
  id: { field: "id" },
  findUnique: (id) => ({ id: Number(id), ...publicOffering }),
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs." }),
    title: t.exposeString("title", { description: "Title (Dutch)." }),
    summary: t.exposeString("summary", { description: "One or two sentences (Dutch)." }),
    description: t.exposeString("description", { description: "Full description (Dutch, plain text)." }),
    kind: t.expose("kind", { type: OfferingKindEnum, description: "What kind of offering." }),
    organisation: t.relation("organisation", { description: "Who offers it." }),
    bookable: t.exposeBoolean("bookable", { description: "Whether schools can book it on request, without a fixed date." }),
    bookingInfo: t.exposeString("bookingInfo", { description: "How to book it (Dutch)." }),
    bookingUrl: t.exposeString("bookingUrl", { nullable: true, description: "Where to book it." }),
    durationMinutes: t.exposeInt("durationMinutes", { nullable: true, description: "Typical duration in minutes." }),
    maxGroupSize: t.exposeInt("maxGroupSize", { nullable: true, description: "Largest group it takes." }),
    costCents: t.exposeInt("costCents", { nullable: true, description: "Cost in euro cents; 0 is free; null if on request." }),
    leerwegen: t.expose("leerwegen", { type: [LeerwegEnum], description: "For vmbo audiences: the learning paths it suits (empty: all)." }),
    audiences: t.relation("audiences", { description: "Who it is for.", query: { orderBy: { sortOrder: "asc" } } }),
    profiles: t.relation("profiles", { description: "Related vmbo profiles.", query: { orderBy: { id: "asc" } } }),
    actionLines: t.relation("actionLines", { description: "The action lines it serves.", query: { orderBy: { number: "asc" } } }),
    themes: t.relation("themes", { description: "Technology themes.", query: { orderBy: { name: "asc" } } }),
  }),
});

const OfferingFilter = builder.inputType("OfferingFilter", {
  description: "Narrows the offering. All given conditions must hold; a list matches any of its values.",
  fields: (t) => ({
    region: t.string({ required: false, description: "Slug of a region." }),
    kinds: t.field({ type: [OfferingKindEnum], required: false, validate: cappedList("kinds"), description: "Kinds of offering." }),
    organisation: t.string({ required: false, description: "Slug of the offering organisation (its locations included)." }),
    audiences: t.stringList({ required: false, validate: cappedList("audiences"), description: "Audience codes." }),
    profiles: t.stringList({ required: false, validate: cappedList("profiles"), description: "Profile codes." }),
    actionLines: t.intList({ required: false, validate: cappedList("actionLines"), description: "Action line numbers 1-8." }),
    themes: t.stringList({ required: false, validate: cappedList("themes"), description: "Theme slugs." }),
    bookable: t.boolean({ required: false, description: "Only bookable (true) or only non-bookable (false) offers." }),
    text: t.string({
      required: false,
      description: `Words in the title or summary (at most ${limits.maxSearchLength} characters).`,
      validate: searchText,
    }),
  }),
});

function offeringWhere(f: typeof OfferingFilter.$inferInput | null | undefined): Prisma.OfferingWhereInput {
  const and: Prisma.OfferingWhereInput[] = [publicOffering];
  if (f?.region) and.push({ region: { slug: f.region } });
  if (f?.kinds?.length) and.push({ kind: { in: f.kinds } });
  if (f?.organisation) and.push({ organisation: { OR: [{ slug: f.organisation }, { parent: { slug: f.organisation } }] } });
  if (f?.audiences?.length) and.push({ audiences: { some: { code: { in: f.audiences } } } });
  if (f?.profiles?.length) and.push({ profiles: { some: { code: { in: f.profiles } } } });
  if (f?.actionLines?.length) and.push({ actionLines: { some: { number: { in: f.actionLines } } } });
  if (f?.themes?.length) and.push({ themes: { some: { slug: { in: f.themes } } } });
  if (f?.bookable != null) and.push({ bookable: f.bookable });
  and.push(...everyWordIn<Prisma.OfferingWhereInput>(f?.text, ["title", "summary"]));
  return { AND: and };
}

builder.queryFields((t) => ({
  offerings: t.prismaConnection(
    {
      type: Offering,
      cursor: "id",
      description: `The offering (aanbod) of the network, by title. Pages of at most ${limits.maxPageSize}.`,
      args: { filter: t.arg({ type: OfferingFilter, required: false, description: "Conditions to narrow the list." }) },
      resolve: (query, _root, { filter }) =>
        db.offering.findMany({ ...query, where: offeringWhere(filter), orderBy: [{ title: "asc" }, { id: "asc" }] }),
      totalCount: (_connection, { filter }) => db.offering.count({ where: offeringWhere(filter) }),
    },
    countedConnection("A page of offerings."),
    { description: "An offering in a page." },
  ),
  offering: t.prismaField({
    type: Offering,
    nullable: true,
    description: "One active offering by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The offering's slug." }) },
    resolve: (query, _root, { slug }) => db.offering.findFirst({ ...query, where: { slug, ...publicOffering } }),
  }),
}));
