import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { builder } from "../../builder.ts";
import { countedConnection } from "../connections.ts";
import type { Prisma } from "@techniek-loket/db/client";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { EventFilter, eventWhere, type EventFilterInput } from "./filter.ts";
import { Event } from "./types.ts";
import { publicEvent } from "./visibility.ts";

const EventOrder = builder.enumType("EventOrder", {
  description: "Order of the agenda. Ties on the start time are broken by id, so paging is stable.",
  values: {
    START_ASC: { description: "Earliest start first (the default)." },
    START_DESC: { description: "Latest start first, for archives." },
  },
});

// The page query and its totalCount share one where clause (and its distance lookup).
const whereByArgs = new WeakMap<object, ReturnType<typeof eventWhere>>();
function cachedWhere(args: { filter?: EventFilterInput | null }) {
  let where = whereByArgs.get(args);
  if (!where) whereByArgs.set(args, (where = eventWhere(args.filter)));
  return where;
}

// When totalCount is asked for, the count runs beside the page query instead of after it.
const countByArgs = new WeakMap<object, Promise<number>>();

/** Whether the query selects `name` directly under this field (through fragments too). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) =>
      selection.kind === Kind.FIELD
        ? selection.name.value === name
        : visit(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : info.fragments[selection.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

builder.queryFields((t) => ({
  events: t.prismaConnection(
    {
      type: Event,
      cursor: "id",
      description: `The agenda: published and cancelled events, upcoming first by default, ordered by start time then id. Pages of at most ${limits.maxPageSize}; cursors stay valid while the event exists.`,
      args: {
        filter: t.arg({ type: EventFilter, required: false, description: "Conditions to narrow the agenda." }),
        order: t.arg({ type: EventOrder, required: false, defaultValue: "START_ASC", description: "Order of the events." }),
      },
      resolve: async (query, _root, args, _ctx, info) => {
        const direction = args.order === "START_DESC" ? ("desc" as const) : ("asc" as const);
        const where = await cachedWhere(args);
        if (selects(info, "totalCount")) {
          const count = db.event.count({ where });
          count.catch(() => {}); // if the page fails, its error is the one reported
          countByArgs.set(args, count);
        }
        return db.event.findMany({ ...query, where, orderBy: [{ startsAt: direction }, { id: direction }] });
      },
      totalCount: async (_connection, args) => countByArgs.get(args) ?? db.event.count({ where: await cachedWhere(args) }),
    },
    countedConnection("A page of the agenda."),
    { description: "An event in a page of the agenda." },
  ),
  event: t.prismaField({
    type: Event,
    nullable: true,
    description: "One published or cancelled event by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The event's slug." }) },
    resolve: (query, _root, { slug }) =>
      db.event.findFirst({ ...query, where: { slug, ...publicEvent } }),
  }),
}));

// An organisation's events go through the organiser join rows, ordered by the event's start.
const organisedEvents = prismaConnectionHelpers(builder, "EventOrganiser", {
  cursor: "eventId_organisationId",
  args: (t) => ({
    upcoming: t.boolean({
      required: false,
      defaultValue: true,
      description: "Only events that have not ended, earliest first (default); false for past events, latest first.",
    }),
  }),
  query: ({ upcoming }) => {
    const now = new Date();
    const direction = upcoming === false ? ("desc" as const) : ("asc" as const);
    return {
      where: { event: { ...publicEvent, endsAt: upcoming === false ? { lt: now } : { gte: now } } },
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
