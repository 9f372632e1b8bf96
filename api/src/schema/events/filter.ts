// The agenda filter: its GraphQL input and its translation into a Prisma where clause.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { db } from "../../db.ts";
import type { Prisma } from "@techniek-loket/db/client";
import { limits } from "../../limits.ts";
import { AudienceSectorEnum } from "../vocabulary/enums.ts";
import { cappedList, searchText } from "../filters.ts";
import { resolveSearch, textCondition, type ResolvedSearch } from "./text-search.ts";
import { EventKindEnum, EventStatusEnum, SignupModeEnum } from "./enums.ts";
import type { Viewer } from "../../context.ts";
import { statusesWhere, visibleEvent } from "./visibility.ts";


const NearInput = builder.inputType("NearInput", {
  description: "A circle on the map: events whose venue lies within `radiusKm` of the point.",
  fields: (t) => ({
    latitude: t.float({ required: true, description: "WGS 84 latitude.", validate: z.number().min(-90, "latitude must be between -90 and 90").max(90, "latitude must be between -90 and 90") }),
    longitude: t.float({ required: true, description: "WGS 84 longitude.", validate: z.number().min(-180, "longitude must be between -180 and 180").max(180, "longitude must be between -180 and 180") }),
    radiusKm: t.float({
      required: true,
      description: `Radius in kilometres (more than 0, at most ${limits.maxRadiusKm}).`,
      validate: z.number().gt(0, "radiusKm must be more than 0").max(limits.maxRadiusKm, `radiusKm must be at most ${limits.maxRadiusKm}`),
    }),
  }),
});

export const EventFilter = builder.inputType("EventFilter", {
  description:
    "Narrows the agenda. All given conditions must hold; a list matches any of its values. Without `from` and `to` the agenda shows events that have not ended yet.",
  fields: (t) => ({
    from: t.field({ type: "DateTime", required: false, description: "Only events that end at or after this moment." }),
    to: t.field({ type: "DateTime", required: false, description: "Only events that start before this moment." }),
    region: t.string({ required: false, description: "Slug of a region." }),
    kinds: t.field({ type: [EventKindEnum], required: false, description: "Kinds of event.", validate: cappedList("kinds") }),
    audiences: t.stringList({ required: false, description: "Audience codes, e.g. PO_GROUP_7, PARENTS.", validate: cappedList("audiences") }),
    audienceSectors: t.field({ type: [AudienceSectorEnum], required: false, description: "Audience sectors, e.g. PRIMARY, TEACHERS.", validate: cappedList("audienceSectors") }),
    profiles: t.stringList({ required: false, description: "Profile codes: BWI, PIE, MT, MVI, GROEN, ZW, HBR, EO.", validate: cappedList("profiles") }),
    actionLines: t.intList({ required: false, description: "Action line numbers 1-8.", validate: cappedList("actionLines") }),
    themes: t.stringList({ required: false, description: "Theme slugs, e.g. robotica.", validate: cappedList("themes") }),
    municipalities: t.stringList({ required: false, description: "Municipality slugs of the venue.", validate: cappedList("municipalities") }),
    organisation: t.string({ required: false, description: "Slug of an organiser (events of its locations included)." }),
    near: t.field({ type: NearInput, required: false, description: "Only events within a distance of a point." }),
    signupModes: t.field({
      type: [SignupModeEnum],
      required: false,
      description: "How one takes part: e.g. `[NONE, PLATFORM, EXTERNAL]` for what a visitor can go to, leaving out sessions by invitation only.",
      validate: cappedList("signupModes"),
    }),
    text: t.string({
      required: false,
      description: `Words that must all be found in the event: its title, summary, description, kind, themes, organisers or place (also by common name, such as Den Bosch). A word matches as typed, by its Dutch stem (techlabs finds Techlab) or, from five letters, despite a typo (robotika finds Robotica). At most ${limits.maxSearchLength} characters.`,
      validate: searchText,
    }),
    includeCancelled: t.boolean({ required: false, defaultValue: true, description: "Include cancelled events (default true, so calendars can show them)." }),
    statuses: t.field({
      type: [EventStatusEnum],
      required: false,
      description:
        "Only events in these states; published and cancelled by default. Drafts, submitted and rejected events are listed only to their editors and the region's moderators (a moderation queue: `[SUBMITTED]`).",
    }),
  }),
  validate: z
    .object({ from: z.date().nullish(), to: z.date().nullish() })
    .loose()
    .refine((f) => !f.from || !f.to || f.from <= f.to, "from must not be later than to"),
});

export type EventFilterInput = typeof EventFilter.$inferInput;

/** The longest an event may last; the migration's Event_duration_check enforces it. */
export const MAX_EVENT_DAYS = 31;

const EARTH_RADIUS_KM = 6371;

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

// Venues are few (hundreds) next to events: select those inside the bounding box in one
// statement, keep those inside the circle, then filter events by venue id.
async function venueIdsNear(near: NonNullable<EventFilterInput["near"]>) {
  const dLat = near.radiusKm / 111.2;
  const dLon = near.radiusKm / (111.2 * Math.max(0.01, Math.cos((near.latitude * Math.PI) / 180)));
  const venues = await db.venue.findMany({
    select: { id: true, latitude: true, longitude: true },
    where: {
      latitude: { gte: near.latitude - dLat, lte: near.latitude + dLat },
      longitude: { gte: near.longitude - dLon, lte: near.longitude + dLon },
    },
  });
  return venues
    .filter((v) => distanceKm(near.latitude, near.longitude, v.latitude!, v.longitude!) <= near.radiusKm)
    .map((v) => v.id);
}

/** The where clause of the agenda, as the viewer may see it, and the search it holds (for ranking). */
export async function eventWhere(
  filter: EventFilterInput | null | undefined,
  viewer: Viewer | null,
  now = new Date(),
): Promise<{ where: Prisma.EventWhereInput; search: ResolvedSearch }> {
  const f = filter ?? {};
  const and: Prisma.EventWhereInput[] = [visibleEvent(viewer), statusesWhere(f.statuses)];
  if (f.includeCancelled === false) and.push({ status: { not: "CANCELLED" } });
  const endsFrom = f.from ?? (f.to ? null : now);
  if (endsFrom) {
    // Events last at most MAX_EVENT_DAYS (a database constraint), so the start is bounded too,
    // which lets PostgreSQL read the agenda in order from the (startsAt, id) index.
    const startsFrom = new Date(endsFrom.getTime() - MAX_EVENT_DAYS * 86_400_000);
    and.push({ endsAt: { gte: endsFrom } }, { startsAt: { gte: startsFrom } });
  }
  if (f.to) and.push({ startsAt: { lt: f.to } });
  if (f.region) and.push({ region: { slug: f.region } });
  if (f.kinds?.length) and.push({ kind: { in: f.kinds } });
  if (f.signupModes?.length) and.push({ signupMode: { in: f.signupModes } });
  if (f.audiences?.length) and.push({ audiences: { some: { code: { in: f.audiences } } } });
  if (f.audienceSectors?.length) and.push({ audiences: { some: { sector: { in: f.audienceSectors } } } });
  if (f.profiles?.length) and.push({ profiles: { some: { code: { in: f.profiles } } } });
  if (f.actionLines?.length) and.push({ actionLines: { some: { number: { in: f.actionLines } } } });
  if (f.themes?.length) and.push({ themes: { some: { slug: { in: f.themes } } } });
  if (f.municipalities?.length) and.push({ venue: { municipality: { slug: { in: f.municipalities } } } });
  if (f.organisation) {
    const organiser = { OR: [{ slug: f.organisation }, { parent: { slug: f.organisation } }] };
    and.push({ organisers: { some: { organisation: organiser } } });
  }
  if (f.near) and.push({ venueId: { in: await venueIdsNear(f.near) } });
  const search = await resolveSearch(f.text);
  and.push(...textCondition(search));
  return { where: { AND: and }, search };
}
