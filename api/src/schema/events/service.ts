// Writes to events, each in one transaction with its audit entry (and, for a rejection, the mail
// to the editors). Who may call which is declared on the mutations (mutations.ts); here are the
// rules of the data: versions, states and what each state allows.
//
// States: an editor's event starts as DRAFT and is submitted; a moderator publishes or rejects it
// (REJECTED may be changed and submitted again). Editors of a trusted organisation, moderators and
// admins publish without review. A published event stays published when its editors change it:
// the change reaches calendars at once (its SEQUENCE rises) and the audit log shows it to the
// moderators, who may cancel it. Only events never published can be deleted; others are cancelled.
import type { EventStatus, Prisma } from "@techniek-loket/db/client";
import { slugify } from "@techniek-loket/db/text";
import { recordChange } from "../../audit.ts";
import type { Viewer } from "../../context.ts";
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { ConflictError, ValidationError } from "../../errors.ts";
import { coordinatesOf } from "../../geocoding/geocoder.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { eventRejectedMail } from "../../mail/messages.ts";
import { mayEditOrganisation, mayModerateEvents, organisationFacts } from "../../permissions.ts";
import { localDate } from "../../time.ts";
import { lockRow } from "../../versions.ts";
import { imageToAttach } from "../images/service.ts";
import { afterEventChange, cancelSignupsOfEvent } from "../signups/service.ts";
import { tagIds, tagSnapshot } from "../vocabulary/tags.ts";
import type { EventInputShape } from "./inputs.ts";

type Tx = Prisma.TransactionClient;

/** What the audit log keeps of an event: its own fields and the codes of what it is tagged with. */
const snapshot = {
  include: {
    organisers: { select: { organisationId: true, role: true } },
    ...tagSnapshot,
    venue: true,
  },
} satisfies Prisma.EventDefaultArgs;

async function lockedEvent(tx: Tx, id: number, version?: number) {
  await lockRow(tx, "Event", id, version);
  return tx.event.findUniqueOrThrow({ where: { id }, ...snapshot });
}

async function eventData(tx: Tx, viewer: Viewer, input: EventInputShape, organisationId: number) {
  const tags = await tagIds(tx, input);
  const coOrganisers = [...new Set((input.coOrganisers ?? []).map((id) => Number(id.id)))].filter((id) => id !== organisationId);
  // A co-organiser's editors may edit the event and it shows on their page, so only organisations
  // the viewer edits (or moderates) can be added; the others are asked by a moderator.
  const found = await tx.organisation.findMany({ where: { id: { in: coOrganisers } }, select: organisationFacts });
  const refused = coOrganisers.filter((id) => !found.some((organisation) => organisation.id === id && mayEditOrganisation(viewer, organisation)));
  if (refused.length) {
    throw new ValidationError([{ path: ["input", "coOrganisers"], message: "coOrganisers: only organisations you edit can be added; ask the region's moderator for others" }]);
  }
  return {
    scalars: {
      title: input.title.trim(),
      summary: input.summary?.trim() ?? "",
      description: input.description?.trim() ?? "",
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      allDay: input.allDay ?? false,
      onlineUrl: input.onlineUrl ?? null,
      leerwegen: input.leerwegen ?? [],
      capacity: input.capacity ?? null,
      signupMode: input.signupMode ?? "NONE",
      signupUrl: input.signupUrl ?? null,
      signupOpensAt: input.signupOpensAt ?? null,
      signupClosesAt: input.signupClosesAt ?? null,
      costCents: input.costCents ?? 0,
      venueId: input.venue ? await venueId(tx, input.venue, organisationId) : null,
    },
    tags,
    organisers: [
      { organisationId, role: "ORGANISER" as const, position: 0 },
      ...coOrganisers.map((id, index) => ({ organisationId: id, role: "CO_ORGANISER" as const, position: index + 1 })),
    ],
  };
}

/** Reuses the organisation's venue at the same address, or adds one in the town's municipality. */
async function venueId(tx: Tx, venue: NonNullable<EventInputShape["venue"]>, organisationId: number) {
  const address = { name: venue.name.trim(), street: venue.street?.trim() || null, city: venue.city.trim() };
  const existing = await tx.venue.findFirst({ where: { organisationId, ...address }, select: { id: true } });
  if (existing) return existing.id;
  const sameTown = await tx.organisation.findFirst({ where: { city: { equals: address.city, mode: "insensitive" }, municipalityId: { not: null } }, select: { municipalityId: true } });
  const created = await tx.venue.create({
    data: {
      ...address,
      postalCode: venue.postalCode?.toUpperCase().replace(/^(\d{4})\s?/, "$1 ") ?? null,
      latitude: venue.latitude ?? null,
      longitude: venue.longitude ?? null,
      organisationId,
      municipalityId: sameTown?.municipalityId ?? null,
    },
  });
  return created.id;
}

export async function uniqueSlug(tx: Tx, title: string, startsAt: Date) {
  const base = `${slugify(title).slice(0, 80)}-${localDate(startsAt)}`;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.event.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** The input with the venue's coordinates found by the geocoder where none were typed; asked before the transaction. */
async function withVenueCoordinates(input: EventInputShape): Promise<EventInputShape> {
  return input.venue ? { ...input, venue: { ...input.venue, ...(await coordinatesOf(input.venue)) } } : input;
}

export async function createEvent(viewer: Viewer, organisationId: number, typed: EventInputShape) {
  const input = await withVenueCoordinates(typed);
  return db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { regionId: true } });
    const data = await eventData(tx, viewer, input, organisationId);
    const imageId = await imageToAttach(tx, viewer, input.imageId, { path: ["input", "imageId"], current: null, regionId: organisation.regionId });
    const event = await tx.event.create({
      data: {
        ...data.scalars,
        imageId,
        slug: await uniqueSlug(tx, data.scalars.title, data.scalars.startsAt),
        status: "DRAFT",
        regionId: organisation.regionId,
        organisers: { create: data.organisers },
        audiences: { connect: data.tags.audiences },
        profiles: { connect: data.tags.profiles },
        actionLines: { connect: data.tags.actionLines },
        themes: { connect: data.tags.themes },
      },
      ...snapshot,
    });
    await recordChange(tx, viewer, { action: "event.create", subjectType: "Event", subjectId: event.id, regionId: event.regionId, after: event });
    return event;
  });
}

export async function updateEvent(viewer: Viewer, id: number, version: number, typed: EventInputShape) {
  const input = await withVenueCoordinates(typed);
  return db.$transaction(async (tx) => {
    const before = await lockedEvent(tx, id, version);
    const organiser = before.organisers.find((row) => row.role === "ORGANISER") ?? before.organisers[0];
    const data = await eventData(tx, viewer, input, organiser.organisationId);
    const imageId = await imageToAttach(tx, viewer, input.imageId, { path: ["input", "imageId"], current: before.imageId, regionId: before.regionId });
    const published = before.status === "PUBLISHED" || before.status === "CANCELLED";
    await tx.eventOrganiser.deleteMany({ where: { eventId: id } });
    const after = await tx.event.update({
      where: { id },
      data: {
        ...data.scalars,
        imageId,
        version: { increment: 1 },
        ...(published ? { sequence: { increment: 1 } } : {}),
        organisers: { create: data.organisers },
        audiences: { set: data.tags.audiences },
        profiles: { set: data.tags.profiles },
        actionLines: { set: data.tags.actionLines },
        themes: { set: data.tags.themes },
      },
      ...snapshot,
    });
    await recordChange(tx, viewer, { action: "event.update", subjectType: "Event", subjectId: id, regionId: after.regionId, before, after });
    // More capacity (or a sign-up window opened again) gives seats to the waiting list.
    await afterEventChange(tx, id);
    return after;
  });
}

type Transition = "submit" | "publish" | "reject" | "cancel";

/** Which states each step starts from. */
const from: Record<Transition, EventStatus[]> = {
  submit: ["DRAFT", "REJECTED"],
  publish: ["DRAFT", "SUBMITTED", "REJECTED"],
  reject: ["SUBMITTED"],
  cancel: ["PUBLISHED"],
};

export async function changeStatus(viewer: Viewer, id: number, step: Transition, reason?: string) {
  return db.$transaction(async (tx) => {
    const before = await lockedEvent(tx, id);
    if (!from[step].includes(before.status)) {
      const hint = step === "cancel" && before.status !== "CANCELLED" ? "; an event that was never published can be deleted instead" : "";
      throw new ConflictError(`A ${before.status.toLowerCase()} event cannot be ${step === "submit" ? "submitted" : `${step}ed`}${hint}`);
    }
    const trusted = await tx.organisation.count({ where: { trusted: true, organisedEvents: { some: { eventId: id, role: "ORGANISER" } } } });
    const publishesNow = step === "publish" || (step === "submit" && (trusted > 0 || mayModerateEvents(viewer, before.regionId)));
    const status: EventStatus = publishesNow ? "PUBLISHED" : step === "submit" ? "SUBMITTED" : step === "reject" ? "REJECTED" : "CANCELLED";
    const after = await tx.event.update({
      where: { id },
      data: {
        status,
        version: { increment: 1 },
        ...(status === "PUBLISHED" ? { publishedAt: before.publishedAt ?? new Date(), rejectionReason: null, sequence: { increment: 1 } } : {}),
        ...(status === "REJECTED" ? { rejectionReason: reason } : {}),
        ...(status === "CANCELLED" ? { cancellationReason: reason, sequence: { increment: 1 } } : {}),
      },
      ...snapshot,
    });
    await recordChange(tx, viewer, { action: `event.${publishesNow ? "publish" : step}`, subjectType: "Event", subjectId: id, regionId: after.regionId, before, after });
    if (status === "REJECTED") await mailRejection(tx, after.id, after.title, reason!);
    if (status === "CANCELLED") await cancelSignupsOfEvent(tx, after.id, reason!);
    return after;
  });
}

async function mailRejection(tx: Tx, eventId: number, title: string, reason: string) {
  const editors = await tx.account.findMany({
    where: { editorships: { some: { organisation: { organisedEvents: { some: { eventId } } } } } },
    select: { email: true },
  });
  for (const { email } of editors) {
    await enqueueMail(tx, eventRejectedMail({ to: email, title, reason, manageUrl: `${env.WEB_URL}/beheer` }));
  }
}

export async function deleteEvent(viewer: Viewer, id: number) {
  return db.$transaction(async (tx) => {
    const before = await lockedEvent(tx, id);
    if (before.publishedAt) throw new ConflictError("A published event cannot be deleted; cancel it with a reason instead");
    await tx.event.delete({ where: { id } });
    await recordChange(tx, viewer, { action: "event.delete", subjectType: "Event", subjectId: id, regionId: before.regionId, before });
    return { id };
  });
}
