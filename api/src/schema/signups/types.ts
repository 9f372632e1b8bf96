// The Signup type, and the sign-up fields of Event: public availability (counts only), and for the
// event's editors and the region's moderators the list with contact data and the totals.
import { createContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { countedConnection } from "../connections.ts";
import { Event } from "../events/types.ts";
import { SignupStatusEnum } from "./enums.ts";
import { organisedSignups } from "./visibility.ts";
import { closedReason, seatsFree, waitingPosition } from "./waiting-list.ts";

export const Signup = builder.prismaNode("Signup", {
  nullable: true,
  description:
    "A sign-up for an event by an adult, for themselves or a group (never pupils' data). Seen only by its person (through the manage token) and by the event's editors and the region's moderators.",
  id: { field: "id" },
  findUnique: (id, { viewer }) => ({ id: Number(id), AND: [organisedSignups(viewer)] }),
  fields: (t) => ({
    status: t.expose("status", { type: SignupStatusEnum, description: "Confirmed, waiting or cancelled." }),
    groupSize: t.exposeInt("groupSize", { description: "Seats: the people who come (a class counts its pupils and teachers)." }),
    groupLabel: t.exposeString("groupLabel", { nullable: true, description: "The group, e.g. \"groep 7b\"; kept after the contact data is erased." }),
    waitingPosition: t.int({
      nullable: true,
      description: "The 1-based place in the event's waiting list; null unless WAITLISTED.",
      select: { id: true, eventId: true, status: true, waitlistedAt: true },
      resolve: (signup) => (signup.status === "WAITLISTED" ? waitingPosition(db, signup) : null),
    }),
    name: t.exposeString("name", { nullable: true, description: "Who signed up; null once erased." }),
    email: t.exposeString("email", { nullable: true, description: "Their e-mail address (lower case); null once erased." }),
    phone: t.exposeString("phone", { nullable: true, description: "Their phone number, if given; null once erased." }),
    remark: t.exposeString("remark", { nullable: true, description: "Their remark for the organiser, if any; null once erased." }),
    organisation: t.relation("organisation", { nullable: true, description: "Their organisation from the directory (e.g. the school), if chosen." }),
    organisationName: t.exposeString("organisationName", { nullable: true, description: "Their organisation as typed, when not in the directory; null once erased." }),
    event: t.relation("event", { description: "The event." }),
    attended: t.exposeBoolean("attended", { nullable: true, description: "After the event: whether the group came; null until recorded." }),
    attendedCount: t.exposeInt("attendedCount", { nullable: true, description: "After the event: how many people came; null until recorded." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made (or made again after a cancellation)." }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true, description: "When it was cancelled." }),
    erasedAt: t.expose("erasedAt", { type: "DateTime", nullable: true, description: "When its contact data was erased (by the person, or after the retention period)." }),
  }),
});

const SignupAvailability = builder.objectRef<{ isOpen: boolean; remaining: number | null; waitingCount: number }>("SignupAvailability").implement({
  description: "What is left of an event's seats, for everyone; never personal data.",
  fields: (t) => ({
    isOpen: t.exposeBoolean("isOpen", { description: "Whether sign-up is open now (published, signupMode PLATFORM, within the sign-up window, before the start)." }),
    remaining: t.exposeInt("remaining", { nullable: true, description: "Seats still free; null when capacity is unlimited. 0 means full: new sign-ups join the waiting list." }),
    waitingCount: t.exposeInt("waitingCount", { description: "Sign-ups on the waiting list." }),
  }),
});

type Totals = Awaited<ReturnType<typeof countsOf>>[number];

const SignupTotals = builder.objectRef<Totals>("SignupTotals").implement({
  description: "An event's sign-ups counted, for its organisers.",
  fields: (t) => ({
    confirmedSeats: t.exposeInt("confirmedSeats", { description: "Seats of confirmed sign-ups." }),
    confirmedCount: t.exposeInt("confirmedCount", { description: "Confirmed sign-ups." }),
    waitingSeats: t.exposeInt("waitingSeats", { description: "Seats asked for by waiting sign-ups." }),
    waitingCount: t.exposeInt("waitingCount", { description: "Waiting sign-ups." }),
    cancelledCount: t.exposeInt("cancelledCount", { description: "Cancelled sign-ups." }),
    attendedCount: t.exposeInt("attendedCount", { description: "People recorded as having come." }),
  }),
});

/**
 * Sign-ups and seats per status of each event, in one query for all the events a request asks
 * about (through signupCounts), so a list of events costs one count, not one per event.
 */
async function countsOf(eventIds: readonly number[]) {
  const rows = await db.signup.groupBy({
    by: ["eventId", "status"],
    where: { eventId: { in: [...eventIds] } },
    _count: { _all: true },
    _sum: { groupSize: true, attendedCount: true },
  });
  return eventIds.map((eventId) => {
    const ofEvent = rows.filter((row) => row.eventId === eventId);
    const of = (status: string) => ofEvent.find((row) => row.status === status);
    return {
      confirmedSeats: of("CONFIRMED")?._sum.groupSize ?? 0,
      confirmedCount: of("CONFIRMED")?._count._all ?? 0,
      waitingSeats: of("WAITLISTED")?._sum.groupSize ?? 0,
      waitingCount: of("WAITLISTED")?._count._all ?? 0,
      cancelledCount: of("CANCELLED")?._count._all ?? 0,
      attendedCount: ofEvent.reduce((sum, row) => sum + (row._sum.attendedCount ?? 0), 0),
    };
  });
}

/** One loader per request: every event's counts that a request asks for come from one query. */
const signupCounts = createContextCache(() => new DataLoader(countsOf));

const organisersOnly = (event: { id: number }) => ({ readSignups: event.id });

builder.prismaObjectFields(Event, (t) => ({
  signupAvailability: t.field({
    type: SignupAvailability,
    nullable: true,
    description: "Seats left and the waiting list, when sign-up is on this platform (signupMode PLATFORM); null otherwise.",
    select: { id: true, status: true, signupMode: true, capacity: true, startsAt: true, signupOpensAt: true, signupClosesAt: true },
    resolve: async (event, _args, context) => {
      if (event.signupMode !== "PLATFORM") return null;
      const { confirmedSeats, waitingCount } = await signupCounts(context).load(event.id);
      const free = seatsFree(event.capacity, confirmedSeats);
      return { isOpen: closedReason(event) === null, remaining: Number.isFinite(free) ? free : null, waitingCount };
    },
  }),
  signupTotals: t.field({
    type: SignupTotals,
    nullable: true,
    description: "The sign-ups counted: for the event's editors and the region's moderators.",
    authScopes: organisersOnly,
    resolve: (event, _args, context) => signupCounts(context).load(event.id),
  }),
  signups: t.relatedConnection(
    "signups",
    {
      nullable: true,
      description: "The sign-ups with their contact data, oldest first (waiting ones in waiting order by `waitingPosition`): for the event's editors and the region's moderators.",
      authScopes: organisersOnly,
      cursor: "id",
      totalCount: true,
      args: { status: t.arg({ type: SignupStatusEnum, required: false, description: "Only sign-ups in this state." }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { id: "asc" } }),
    },
    countedConnection("A page of an event's sign-ups."),
    { description: "A sign-up in a page of an event's sign-ups." },
  ),
}));
