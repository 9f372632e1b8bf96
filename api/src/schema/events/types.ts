import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import type { Prisma } from "@techniek-loket/db/client";
import { builder } from "../../builder.ts";
import { env } from "../../env.ts";
import { eventFacts, mayEditEvent, mayModerateEvents } from "../../permissions.ts";
import { TIME_ZONE } from "../../time.ts";
import { LeerwegEnum } from "../vocabulary/enums.ts";
import { Offering } from "../offerings/types.ts";
import { isPublicOffering } from "../offerings/visibility.ts";
import { statusesWhere, visibleEvent } from "./visibility.ts";
import { EventKindEnum, EventStatusEnum, OrganiserRoleEnum, SignupModeEnum } from "./enums.ts";

export const Venue = builder.prismaObject("Venue", {
  description: "A place where events happen.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Name of the place, e.g. the school or hall." }),
    street: t.exposeString("street", { nullable: true, description: "Street and number." }),
    postalCode: t.exposeString("postalCode", { nullable: true, description: "Postcode." }),
    city: t.exposeString("city", { description: "Town or city." }),
    latitude: t.exposeFloat("latitude", { nullable: true, description: "WGS 84 latitude." }),
    longitude: t.exposeFloat("longitude", { nullable: true, description: "WGS 84 longitude." }),
    municipality: t.relation("municipality", { nullable: true, description: "The municipality it lies in." }),
    organisation: t.relation("organisation", { nullable: true, description: "The organisation whose building this is." }),
  }),
});

builder.prismaObject("EventOrganiser", {
  description: "An organisation's part in an event.",
  fields: (t) => ({
    role: t.expose("role", { type: OrganiserRoleEnum, description: "Organiser, co-organiser or host." }),
    organisation: t.relation("organisation", { description: "The organisation." }),
  }),
});

export const Event = builder.prismaNode("Event", {
  nullable: true,
  description: "An event in the network's agenda. Times are UTC; show them in Europe/Amsterdam (`timeZone`).",
  id: { field: "id" },
  findUnique: (id, { viewer }) => ({ id: Number(id), AND: [visibleEvent(viewer)] }),
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable identifier for URLs, e.g. `techniekmarkt-oss-2026-03-12`." }),
    title: t.exposeString("title", { description: "Title (Dutch)." }),
    summary: t.exposeString("summary", { description: "One or two sentences for lists (Dutch)." }),
    description: t.exposeString("description", { description: "Full description (Dutch, plain text with blank lines between paragraphs)." }),
    kind: t.expose("kind", { type: EventKindEnum, description: "What kind of event this is." }),
    status: t.expose("status", { type: EventStatusEnum, description: "Where it stands: published or cancelled for everyone; draft, submitted or rejected for its editors and moderators." }),
    cancellationReason: t.exposeString("cancellationReason", { nullable: true, description: "Why it was cancelled." }),
    startsAt: t.expose("startsAt", { type: "DateTime", description: "Start (UTC)." }),
    endsAt: t.expose("endsAt", { type: "DateTime", description: "End (UTC)." }),
    allDay: t.exposeBoolean("allDay", { description: "Whether it lasts whole days; then show dates only." }),
    timeZone: t.string({ description: "The time zone to show times in: always Europe/Amsterdam.", resolve: () => TIME_ZONE }),
    venue: t.relation("venue", { nullable: true, description: "Where it happens; null for online events." }),
    onlineUrl: t.exposeString("onlineUrl", { nullable: true, description: "Link for online participation." }),
    organisers: t.relation("organisers", {
      description: "The organisations behind the event, main organiser first.",
      query: { orderBy: [{ position: "asc" }, { organisationId: "asc" }] },
    }),
    audiences: t.relation("audiences", { description: "Who it is for.", query: { orderBy: { sortOrder: "asc" } } }),
    leerwegen: t.expose("leerwegen", {
      type: [LeerwegEnum],
      description: "For vmbo audiences: the learning paths it suits (empty: all).",
    }),
    profiles: t.relation("profiles", { description: "The vmbo profiles it relates to.", query: { orderBy: { id: "asc" } } }),
    actionLines: t.relation("actionLines", { description: "The plan's action lines it serves.", query: { orderBy: { number: "asc" } } }),
    themes: t.relation("themes", { description: "Technology themes.", query: { orderBy: { name: "asc" } } }),
    capacity: t.exposeInt("capacity", { nullable: true, description: "Maximum participants (or groups, for classes); null if unlimited." }),
    signupMode: t.expose("signupMode", { type: SignupModeEnum, description: "Whether and how to sign up." }),
    signupUrl: t.exposeString("signupUrl", { nullable: true, description: "Where to sign up when `signupMode` is EXTERNAL." }),
    signupOpensAt: t.expose("signupOpensAt", { type: "DateTime", nullable: true, description: "When sign-up opens." }),
    signupClosesAt: t.expose("signupClosesAt", { type: "DateTime", nullable: true, description: "When sign-up closes." }),
    costCents: t.exposeInt("costCents", { description: "Cost per participant in euro cents; 0 is free." }),
    offering: t.field({
      type: Offering,
      nullable: true,
      description: "The offering this event is a dated session of; null when there is none or it is no longer offered.",
      select: (_args, _ctx, nestedSelection) => ({ offering: nestedSelection({ select: { active: true } }) }),
      // The nested selection loads every field the query asks for; its type names only `active`.
      resolve: (event) => (event.offering && isPublicOffering(event.offering) ? (event.offering as never) : null),
    }),
    challenge: t.relation("challenge", { nullable: true, description: "The regional challenge this event is part of." }),
    region: t.relation("region", { description: "The regional network that publishes it." }),
    url: t.string({
      description: "The event's page on the public site.",
      select: { slug: true },
      resolve: (event) => `${env.WEB_URL}/agenda/${event.slug}`,
    }),
    rejectionReason: t.exposeString("rejectionReason", { nullable: true, description: "Why a moderator sent it back (REJECTED); shown to its editors." }),
    version: t.exposeInt("version", { description: "Raised on every save; pass it to updateEvent, which refuses a save over a newer version." }),
    viewerCanEdit: t.boolean({
      description: "Whether the signed-in account may change, submit, cancel or delete it.",
      select: eventFacts,
      resolve: (event, _args, { viewer }) => mayEditEvent(viewer, event),
    }),
    viewerCanModerate: t.boolean({
      description: "Whether the signed-in account may publish or reject it (a moderator of its region).",
      select: { regionId: true },
      resolve: (event, _args, { viewer }) => mayModerateEvents(viewer, event.regionId),
    }),
    sequence: t.exposeInt("sequence", { description: "Revision number, raised on every change calendar apps must pick up (iCalendar SEQUENCE)." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true, description: "When it was first published." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it was last changed." }),
  }),
});

// An organisation's events go through the organiser join rows, ordered by the event's start.
const organisedEvents = prismaConnectionHelpers(builder, "EventOrganiser", {
  cursor: "eventId_organisationId",
  args: (t) => ({
    upcoming: t.boolean({
      required: false,
      defaultValue: true,
      description: "Only events that have not ended, earliest first (default); false for past events, latest first.",
    }),
    statuses: t.field({
      type: [EventStatusEnum],
      required: false,
      description: "Only events in these states; published and cancelled by default. Others are listed only to their editors and moderators.",
    }),
    roles: t.field({
      type: [OrganiserRoleEnum],
      required: false,
      description: "Only events where the organisation has one of these roles, e.g. [ORGANISER] for its own events; every role by default.",
    }),
  }),
  query: ({ upcoming, statuses, roles }, { viewer }) => {
    const now = new Date();
    const direction = upcoming === false ? ("desc" as const) : ("asc" as const);
    return {
      where: {
        ...(roles?.length ? { role: { in: roles } } : {}),
        event: { AND: [visibleEvent(viewer), statusesWhere(statuses), { endsAt: upcoming === false ? { lt: now } : { gte: now } }] },
      },
      // Prisma takes a list here; the helper's type only names a single object.
      orderBy: [{ event: { startsAt: direction } }, { eventId: direction }] as Prisma.EventOrganiserOrderByWithRelationInput,
    };
  },
  select: (nodeSelection) => ({ event: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.event,
});

builder.prismaObjectField("Organisation", "events", (t) =>
  t.connection(
    {
      type: Event,
      description: "Events this organisation organises, co-organises or hosts.",
      args: organisedEvents.getArgs(),
      select: (args, ctx, nestedSelection) => ({
        organisedEvents: organisedEvents.getQuery(args, ctx, nestedSelection),
      }),
      // The nested selection loads every event field the query asks for; the helper types only the id.
      resolve: (organisation, args, ctx) => organisedEvents.resolve(organisation.organisedEvents, args, ctx) as never,
    },
    { description: "A page of an organisation's events." },
    { description: "An event in a page of an organisation's events." },
  ),
);
