import { builder } from "../../builder.ts";
import { LeerwegEnum } from "../vocabulary/enums.ts";
import { OfferingKindEnum } from "./enums.ts";
import { mayEditOffering, offeringFacts } from "../../permissions.ts";
import { visibleOffering } from "./visibility.ts";

export const Offering = builder.prismaNode("Offering", {
  nullable: true,
  description: "Something an organisation offers schools (aanbod). Bookable offers have no fixed date: schools book them on request.",
  id: { field: "id" },
  findUnique: (id, { viewer }) => ({ id: Number(id), AND: [visibleOffering(viewer)] }),
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
    active: t.exposeBoolean("active", { description: "Whether it is offered now; inactive offerings are seen only by their editors and moderators." }),
    version: t.exposeInt("version", { description: "Raised on every save; pass it to updateOffering." }),
    viewerCanEdit: t.boolean({
      description: "Whether the signed-in account may change it.",
      select: offeringFacts,
      resolve: (offering, _args, { viewer }) => mayEditOffering(viewer, offering),
    }),
  }),
});
