import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { countedConnection, parallelCount } from "../connections.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { EventFilter, eventWhere, type EventFilterInput } from "./filter.ts";
import { Event } from "./types.ts";
import { visibleEvent } from "./visibility.ts";

const EventOrder = builder.enumType("EventOrder", {
  description: "Order of the agenda. Ties on the start time are broken by id, so paging is stable.",
  values: {
    START_ASC: { description: "Earliest start first (the default)." },
    START_DESC: { description: "Latest start first, for archives." },
  },
});

// The page query and its totalCount share one where clause (and its distance lookup).
const agenda = parallelCount(
  (args: { filter?: EventFilterInput | null }, { viewer }: Context) => eventWhere(args.filter, viewer),
  (where) => db.event.count({ where }),
);

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
      resolve: async (query, _root, args, ctx, info) => {
        const direction = args.order === "START_DESC" ? ("desc" as const) : ("asc" as const);
        agenda.startCount(args, ctx, info);
        return db.event.findMany({ ...query, where: await agenda.where(args, ctx), orderBy: [{ startsAt: direction }, { id: direction }] });
      },
      totalCount: (_connection, args, ctx) => agenda.totalCount(args, ctx),
    },
    countedConnection("A page of the agenda."),
    { description: "An event in a page of the agenda." },
  ),
  event: t.prismaField({
    type: Event,
    nullable: true,
    description: "One event by slug: published or cancelled, or one the viewer edits or moderates; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The event's slug." }) },
    resolve: (query, _root, { slug }, { viewer }) => db.event.findFirst({ ...query, where: { AND: [{ slug }, visibleEvent(viewer)] } }),
  }),
}));
