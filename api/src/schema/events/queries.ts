import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { countedConnection, parallelCount } from "../connections.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { EventFilter, eventWhere, type EventFilterInput } from "./filter.ts";
import { changedWhere, inOwnOrder, listPage, updatedSinceDescription } from "../sync/changes.ts";
import { rankedEvents } from "./ranked-page.ts";
import { titleCondition } from "./text-search.ts";
import { Event } from "./types.ts";
import { visibleEvent } from "./visibility.ts";

const EventOrder = builder.enumType("EventOrder", {
  description: "Order of the agenda. Ties on the start time are broken by id, so paging is stable.",
  values: {
    START_ASC: { description: "Earliest start first (the default)." },
    START_DESC: { description: "Latest start first, for archives." },
    RELEVANCE: {
      description:
        "With `filter.text`: the events whose title has every word first, then the others, each group by start time. Without a text, as START_ASC.",
    },
  },
});

// The page query and its totalCount share one where clause (and its distance and word lookups).
const agenda = parallelCount(
  async (args: { filter?: EventFilterInput | null; updatedSince?: Date | null }, { viewer }: Context) => {
    const { where, search } = await eventWhere(args.filter, viewer);
    return { where: changedWhere(where, args.updatedSince), search };
  },
  ({ where }) => db.event.count({ where }),
);

builder.queryFields((t) => ({
  events: t.prismaConnection(
    {
      type: Event,
      cursor: "updatedAt_id",
      description: `The agenda: published and cancelled events, upcoming first by default, ordered by start time then id (or, for a search, best matches first with order RELEVANCE). Pages of at most ${limits.maxPageSize}; cursors stay valid while the event exists.`,
      args: {
        filter: t.arg({ type: EventFilter, required: false, description: "Conditions to narrow the agenda." }),
        order: t.arg({ type: EventOrder, required: false, defaultValue: "START_ASC", description: "Order of the events." }),
        updatedSince: t.arg({ type: "DateTime", required: false, description: updatedSinceDescription("events") }),
      },
      resolve: async (query, _root, args, ctx, info) => {
        agenda.startCount(args, ctx, info);
        // `where` holds updatedSince's condition already; listPage adds the change order and keyset.
        const { where, search } = await agenda.where(args, ctx);
        if (args.order === "RELEVANCE" && search.length && !args.updatedSince) return rankedEvents(inOwnOrder(query), where, titleCondition(search));
        const direction = args.order === "START_DESC" ? ("desc" as const) : ("asc" as const);
        return db.event.findMany(listPage(query, where, args.updatedSince, [{ startsAt: direction }, { id: direction }]));
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
