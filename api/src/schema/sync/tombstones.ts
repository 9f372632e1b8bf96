// Tombstones: what left public view since a moment (deleted, unpublished, made inactive), so a
// mirror that syncs with `updatedSince` can drop it. The database writes them (triggers in the
// migration partner_sync_webhooks_feeds), whatever path removed the object. A tombstone tells
// only the id of something that was public, never anything about what it became.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { TombstoneKind } from "@techniek-loket/db/enums";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import { limits } from "../../limits.ts";
import { countedConnection } from "../connections.ts";

/** The GraphQL type whose global ids a tombstone of each kind carries. */
const typeOf: Record<TombstoneKind, string> = { EVENT: "Event", OFFERING: "Offering", ORGANISATION: "Organisation" };

const Tombstone = builder.prismaObject("Tombstone", {
  description: "Something that left the public lists: deleted, unpublished or made private. It may come back later, and is then listed again with `updatedSince`.",
  fields: (t) => ({
    id: t.id({ description: "The API id the removed object had (an Event, Offering or Organisation id).", resolve: (row) => encodeGlobalID(typeOf[row.kind], row.entityId) }),
    removedAt: t.expose("removedAt", { type: "DateTime", description: "When it left." }),
  }),
});

const descriptions: Record<TombstoneKind, string> = {
  EVENT: "Events that left the agenda since a moment: deleted, or no longer published or cancelled (back to draft, rejected). A cancelled event stays in the agenda and has no tombstone.",
  OFFERING: "Offerings that left the list since a moment: deleted or switched off (inactive).",
  ORGANISATION: "Organisations deleted since a moment.",
};

/** Tombstones of a kind since a moment, of one region if asked (none for an unknown region). */
async function tombstoneWhere(kind: TombstoneKind, since: Date, region: string | null | undefined) {
  const regionId = region ? ((await db.region.findUnique({ where: { slug: region }, select: { id: true } }))?.id ?? -1) : undefined;
  return { kind, removedAt: { gte: since }, ...(regionId === undefined ? {} : { regionId }) };
}

builder.queryFields((t) => {
  const tombstones = (kind: TombstoneKind) =>
    t.prismaConnection(
      {
        type: Tombstone,
        cursor: "id",
        description: `${descriptions[kind]} Oldest first. Pages of at most ${limits.maxPageSize}.`,
        args: {
          since: t.arg({ type: "DateTime", required: true, description: "Only what left at or after this moment." }),
          region: t.arg.string({ required: false, description: "Slug of a region: only what was in that region." }),
        },
        // Tombstones never change, so the id cursor finds its row again.
        resolve: async (query, _root, { since, region }) =>
          db.tombstone.findMany({ ...query, where: await tombstoneWhere(kind, since, region), orderBy: [{ removedAt: "asc" }, { id: "asc" }] }),
        totalCount: async (_connection, { since, region }) => db.tombstone.count({ where: await tombstoneWhere(kind, since, region) }),
      },
      countedConnection("A page of tombstones."),
      { description: "A tombstone in a page." },
    );
  return { deletedEvents: tombstones("EVENT"), deletedOfferings: tombstones("OFFERING"), deletedOrganisations: tombstones("ORGANISATION") };
});
