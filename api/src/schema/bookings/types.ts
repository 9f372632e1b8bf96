// A booking request as its requester (through the manage token) and the providing organisation's
// editors see it. It holds the requester's work contact data; never pupils' data.
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { allowedTo, mayEditOffering, offeringFacts } from "../../permissions.ts";
import { Event } from "../events/types.ts";
import { Offering } from "../offerings/types.ts";
import { Organisation } from "../organisations/types.ts";
import { countedConnection } from "../connections.ts";
import { BookingRequestStatusEnum } from "./enums.ts";
import { visibleBookingRequest } from "./visibility.ts";

export const BookingRequest = builder.prismaNode("BookingRequest", {
  nullable: true,
  description:
    "A teacher's request for a bookable offering (a Techlab session, a guest lesson, a company visit) for one group, without a fixed date. Seen by the requester (with the manage token) and by the providing organisation's editors and the region's moderators.",
  id: { field: "id" },
  findUnique: (id, { viewer }) => ({ id: Number(id), AND: [visibleBookingRequest(viewer)] }),
  fields: (t) => ({
    status: t.expose("status", { type: BookingRequestStatusEnum, description: "Where the request stands." }),
    offering: t.field({
      type: Offering,
      nullable: true,
      description: "The offering asked for; null when it is no longer offered (and the viewer does not edit it).",
      select: (_args, _ctx, nestedSelection) => ({ offering: nestedSelection({ select: { active: true, ...offeringFacts } }) }),
      // The nested selection loads every field the query asks for; its type names only the facts.
      resolve: (request, _args, { viewer }) =>
        request.offering.active || mayEditOffering(viewer, request.offering) ? (request.offering as never) : null,
    }),
    offeringTitle: t.string({
      description: "The title of the offering asked for, also when it is no longer offered.",
      select: { offering: { select: { title: true } } },
      resolve: (request) => request.offering.title,
    }),
    provider: t.field({
      type: Organisation,
      description: "The organisation that provides the offering and answers the request.",
      select: (_args, _ctx, nestedSelection) => ({ offering: { select: { organisation: nestedSelection() } } }),
      // The nested selection loads every field the query asks for; Prisma's type cannot follow it.
      resolve: (request) => (request as unknown as { offering: { organisation: never } }).offering.organisation,
    }),
    preferredDates: t.exposeString("preferredDates", { description: "Preferred dates or a period, in the requester's words (Dutch)." }),
    groupSize: t.exposeInt("groupSize", { description: "How many people come: pupils and their teachers." }),
    groupLabel: t.exposeString("groupLabel", { nullable: true, description: "The group, e.g. \"groep 7b\" or \"2 vmbo\"." }),
    school: t.relation("organisation", { nullable: true, description: "The requester's school from the directory, when they chose one." }),
    schoolName: t.string({
      nullable: true,
      description: "The requester's school or organisation: the directory's name, or the name they typed.",
      select: { organisationName: true, organisation: { select: { name: true } } },
      resolve: (request) => request.organisation?.name ?? request.organisationName,
    }),
    name: t.exposeString("name", { nullable: true, description: "The requester's name; null once erased." }),
    email: t.exposeString("email", { nullable: true, description: "The requester's work e-mail address; null once erased." }),
    phone: t.exposeString("phone", { nullable: true, description: "The requester's work phone number." }),
    remark: t.exposeString("remark", { nullable: true, description: "The requester's remark (Dutch)." }),
    response: t.exposeString("response", { nullable: true, description: "The provider's last message: with a proposal, a decline or an acceptance (Dutch)." }),
    proposedStartsAt: t.expose("proposedStartsAt", { type: "DateTime", nullable: true, description: "Start of the date the provider proposed (PROPOSED)." }),
    proposedEndsAt: t.expose("proposedEndsAt", { type: "DateTime", nullable: true, description: "End of the date the provider proposed (PROPOSED)." }),
    event: t.field({
      type: Event,
      nullable: true,
      description: "The invitation-only event made for the group once the request was accepted.",
      select: (_args, _ctx, nestedSelection) => ({ event: nestedSelection() }),
      // Such an event is published from the start (or cancelled later), so everyone may see it.
      resolve: (request) => request.event as never,
    }),
    viewerCanRespond: t.boolean({
      description: "Whether the signed-in account may answer it (the provider's editors, the region's moderators).",
      select: { offering: { select: offeringFacts } },
      resolve: (request, _args, { viewer }) => mayEditOffering(viewer, request.offering),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
  }),
});

// Open requests first (the enum's order: open, proposed, accepted, declined, withdrawn), newest first.
builder.prismaObjectField("Organisation", "bookingRequests", (t) =>
  t.prismaConnection(
    {
      type: BookingRequest,
      cursor: "id",
      description: "Booking requests for its offering, open first, then newest first. For its editors and the region's moderators; an empty list for anyone else.",
      args: {
        statuses: t.arg({ type: [BookingRequestStatusEnum], required: false, description: "Only requests in these states (default: all)." }),
      },
      resolve: async (query, organisation, { statuses }, { viewer }) => {
        if (!(await allowedTo.editOrganisation(viewer, organisation.id))) return [];
        return db.bookingRequest.findMany({
          ...query,
          where: { offering: { organisationId: organisation.id }, ...(statuses?.length ? { status: { in: statuses } } : {}) },
          orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "desc" }],
        });
      },
      totalCount: async (organisation, { statuses }, { viewer }) =>
        (await allowedTo.editOrganisation(viewer, organisation.id))
          ? db.bookingRequest.count({ where: { offering: { organisationId: organisation.id }, ...(statuses?.length ? { status: { in: statuses } } : {}) } })
          : 0,
    },
    countedConnection("A page of an organisation's booking requests."),
    { description: "A booking request in a page." },
  ),
);
