import { builder } from "../../builder.ts";
import { countedConnection, parallelCount } from "../connections.ts";
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
const agenda = parallelCount(
  (args: { filter?: EventFilterInput | null }) => eventWhere(args.filter),
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
      resolve: async (query, _root, args, _ctx, info) => {
        const direction = args.order === "START_DESC" ? ("desc" as const) : ("asc" as const);
        agenda.startCount(args, info);
        return db.event.findMany({ ...query, where: await agenda.where(args), orderBy: [{ startsAt: direction }, { id: direction }] });
      },
      totalCount: (_connection, args) => agenda.totalCount(args),
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
