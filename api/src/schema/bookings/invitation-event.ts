// An accepted booking request becomes an invitation-only event of the providing organisation: the
// offering's title, tags and cost, at the organisation's address, published at once (the provider
// chose the date with the group), with the group's sign-up confirmed and the group as its capacity.
// Like every published event it is in the agenda, marked "by invitation only".
import type { EventKind, OfferingKind, Prisma } from "@techniek-loket/db/client";
import { uniqueSlug } from "../events/service.ts";

type Tx = Prisma.TransactionClient;

/** The event kind closest to each kind of offering. */
const eventKindOf: Record<OfferingKind, EventKind> = {
  TECHLAB_SESSION: "TECHLAB_SESSION",
  GUEST_LESSON: "GUEST_LESSON",
  COMPANY_VISIT: "COMPANY_VISIT",
  INTERNSHIP: "COMPANY_VISIT",
  ELECTIVE: "WORKSHOP",
  TALENT_LESSON: "WORKSHOP",
  CHALLENGE: "CHALLENGE",
  TRAINING: "TRAINING",
  PROGRAMME: "OTHER",
};

const idOnly = { select: { id: true } } as const;

/** What the event and the mails are made from: the request with its school, its offering, the offering's tags and its organisation's address. */
export const requestForEvent = {
  include: {
    organisation: { select: { name: true } },
    offering: {
      include: {
        audiences: idOnly,
        profiles: idOnly,
        actionLines: idOnly,
        themes: idOnly,
        organisation: { select: { id: true, name: true, street: true, postalCode: true, city: true, latitude: true, longitude: true, municipalityId: true } },
      },
    },
  },
} satisfies Prisma.BookingRequestDefaultArgs;

export type RequestForEvent = Prisma.BookingRequestGetPayload<typeof requestForEvent>;

/** The organisation's own venue at its address, added the first time; none without a town. */
async function venueAtAddress(tx: Tx, organisation: RequestForEvent["offering"]["organisation"]) {
  if (!organisation.city) return null;
  const address = { name: organisation.name, street: organisation.street, city: organisation.city };
  const existing = await tx.venue.findFirst({ where: { organisationId: organisation.id, ...address }, select: { id: true } });
  if (existing) return existing.id;
  const { id } = await tx.venue.create({
    data: { ...address, postalCode: organisation.postalCode, latitude: organisation.latitude, longitude: organisation.longitude, municipalityId: organisation.municipalityId, organisationId: organisation.id },
    select: { id: true },
  });
  return id;
}

export async function createInvitationEvent(tx: Tx, request: RequestForEvent, startsAt: Date, endsAt: Date) {
  const { offering } = request;
  const event = await tx.event.create({
    data: {
      slug: await uniqueSlug(tx, offering.title, startsAt),
      title: offering.title,
      summary: offering.summary.slice(0, 300),
      description: offering.description,
      kind: eventKindOf[offering.kind],
      status: "PUBLISHED",
      publishedAt: new Date(),
      startsAt,
      endsAt,
      regionId: offering.regionId,
      venueId: await venueAtAddress(tx, offering.organisation),
      leerwegen: offering.leerwegen,
      capacity: request.groupSize,
      signupMode: "INVITATION",
      costCents: offering.costCents ?? 0,
      offeringId: offering.id,
      organisers: { create: [{ organisationId: offering.organisationId, role: "ORGANISER", position: 0 }] },
      audiences: { connect: offering.audiences },
      profiles: { connect: offering.profiles },
      actionLines: { connect: offering.actionLines },
      themes: { connect: offering.themes },
    },
    include: { organisers: { select: { organisationId: true, role: true } } },
  });
  // The group's own sign-up, so the event's lists and counts include the group; the requester
  // follows the booking request's page, and the sign-up's own mails (the reminder) carry its link.
  await tx.signup.create({
    data: {
      eventId: event.id,
      status: "CONFIRMED",
      groupSize: request.groupSize,
      groupLabel: request.groupLabel,
      name: request.name,
      email: request.email,
      phone: request.phone,
      remark: request.remark,
      organisationId: request.organisationId,
      organisationName: request.organisationName,
    },
  });
  return event;
}
