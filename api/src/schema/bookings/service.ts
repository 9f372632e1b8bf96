// Writes to booking requests, each in one transaction with its mails (and, for the provider's
// answers, its audit entries). Who may call which is declared on the mutations; here are the
// rules of the data.
//
// States: a request is OPEN until the provider accepts it with a date (ACCEPTED: an
// invitation-only event exists), proposes another date (PROPOSED: the requester may accept it,
// which also makes the event) or declines it (DECLINED). The requester may withdraw it while it is
// not accepted (WITHDRAWN). The row is locked first, so two editors answering at once (or an
// editor and the requester) run one after the other and the second finds the request answered:
// one request never makes two events.
import { Prisma, type BookingRequestStatus } from "@techniek-loket/db/client";
import { recordChange } from "../../audit.ts";
import type { Context, Viewer } from "../../context.ts";
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { sessionWhen } from "../../mail/booking-messages.ts";
import { issueManageLink } from "../../manage-links.ts";
import { hashToken } from "../../tokens.ts";
import { normaliseEmail } from "../accounts/sign-in.ts";
import { limitSignups } from "../signups/rate-limit.ts";
import type { RequestBookingInputShape, RespondToBookingRequestShape } from "./inputs.ts";
import { createInvitationEvent, requestForEvent } from "./invitation-event.ts";
import { mailProvider, mailRequester } from "./notices.ts";

type Tx = Prisma.TransactionClient;

/** States in which the provider may still answer and the requester may withdraw. */
const UNANSWERED: BookingRequestStatus[] = ["OPEN", "PROPOSED"];

const manageUrl = (token: string) => `${env.WEB_URL}/aanvraag/${token}`;

/** Locks the request (by id or by manage token) for this transaction and loads it. */
async function lockedRequest(tx: Tx, where: { id: number } | { manageToken: string }) {
  const condition = "id" in where ? Prisma.sql`id = ${where.id}` : Prisma.sql`id = (SELECT "bookingRequestId" FROM "ManageLink" WHERE hash = ${hashToken(where.manageToken.trim())})`;
  const [row] = await tx.$queryRaw<{ id: number }[]>(Prisma.sql`SELECT id FROM "BookingRequest" WHERE ${condition} FOR UPDATE`);
  if (!row) throw new NotFoundError("Booking request");
  return tx.bookingRequest.findUniqueOrThrow({ where: { id: row.id }, ...requestForEvent });
}

function refuseUnless(status: BookingRequestStatus, allowed: BookingRequestStatus[], what: string) {
  if (!allowed.includes(status)) throw new ConflictError(`A booking request that is ${status.toLowerCase()} cannot be ${what}`);
}

/** What the audit log keeps of a request: its state, never the requester's contact data. */
const auditView = (request: { status: string; response: string | null; proposedStartsAt: Date | null; proposedEndsAt: Date | null; eventId: number | null; offeringId: number }) => ({
  status: request.status,
  response: request.response,
  proposedStartsAt: request.proposedStartsAt,
  proposedEndsAt: request.proposedEndsAt,
  eventId: request.eventId,
  offeringId: request.offeringId,
});

export async function requestBooking(ctx: Pick<Context, "client">, input: RequestBookingInputShape) {
  const email = normaliseEmail(input.email);
  await limitSignups(ctx, email);
  const offering = await db.offering.findFirst({ where: { id: Number(input.offeringId.id), active: true }, select: { id: true, bookable: true, bookingUrl: true, maxGroupSize: true } });
  if (!offering) throw new NotFoundError("Offering");
  const problems = [];
  if (!offering.bookable || offering.bookingUrl) problems.push({ path: ["input", "offeringId"], message: "this offering is not booked through this platform; see its bookingInfo and bookingUrl" });
  if (offering.maxGroupSize && input.groupSize > offering.maxGroupSize) problems.push({ path: ["input", "groupSize"], message: `groupSize must be at most ${offering.maxGroupSize} for this offering` });
  const organisationId = input.organisationId ? Number(input.organisationId.id) : null;
  if (organisationId && !(await db.organisation.count({ where: { id: organisationId } }))) problems.push({ path: ["input", "organisationId"], message: "organisationId: no such organisation" });
  if (problems.length) throw new ValidationError(problems);

  const { request, token } = await db.$transaction(async (tx) => {
    const created = await tx.bookingRequest.create({
      data: {
        offeringId: offering.id,
        preferredDates: input.preferredDates.trim(),
        groupSize: input.groupSize,
        groupLabel: input.groupLabel?.trim() || null,
        organisationId,
        organisationName: organisationId ? null : input.organisationName?.trim() || null,
        name: input.name.trim(),
        email,
        phone: input.phone?.trim() || null,
        remark: input.remark?.trim() || null,
      },
      ...requestForEvent,
    });
    const token = await issueManageLink(tx, { bookingRequestId: created.id });
    await mailProvider(tx, created, { kind: "requested" });
    await mailRequester(tx, created, { kind: "received", manageUrl: manageUrl(token) });
    return { request: created, token };
  });
  return { request, token };
}

export async function respondToBookingRequest(viewer: Viewer, input: RespondToBookingRequestShape) {
  return db.$transaction(async (tx) => {
    const before = await lockedRequest(tx, { id: Number(input.id.id) });
    const what = { ACCEPT: "accepted", PROPOSE: "answered with a proposal", DECLINE: "declined" }[input.action];
    refuseUnless(before.status, UNANSWERED, what);
    const message = input.message?.trim() || null;
    const link = manageUrl(await issueManageLink(tx, { bookingRequestId: before.id }));
    let after;
    if (input.action === "ACCEPT") {
      const event = await createInvitationEvent(tx, before, input.startsAt!, input.endsAt!);
      await recordChange(tx, viewer, { action: "event.create", subjectType: "Event", subjectId: event.id, regionId: event.regionId, after: event });
      after = await tx.bookingRequest.update({
        where: { id: before.id },
        data: { status: "ACCEPTED", eventId: event.id, response: message, proposedStartsAt: null, proposedEndsAt: null },
        ...requestForEvent,
      });
      await mailRequester(tx, after, { kind: "accepted", manageUrl: link, event });
    } else if (input.action === "PROPOSE") {
      after = await tx.bookingRequest.update({
        where: { id: before.id },
        data: { status: "PROPOSED", response: message, proposedStartsAt: input.startsAt, proposedEndsAt: input.endsAt },
        ...requestForEvent,
      });
      await mailRequester(tx, after, { kind: "proposed", manageUrl: link });
    } else {
      after = await tx.bookingRequest.update({ where: { id: before.id }, data: { status: "DECLINED", response: message }, ...requestForEvent });
      await mailRequester(tx, after, { kind: "declined", manageUrl: link });
    }
    await recordChange(tx, viewer, {
      action: `bookingRequest.${input.action.toLowerCase()}`,
      subjectType: "BookingRequest",
      subjectId: before.id,
      regionId: before.offering.regionId,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

export async function withdrawBookingRequest(manageToken: string) {
  return db.$transaction(async (tx) => {
    const before = await lockedRequest(tx, { manageToken });
    refuseUnless(before.status, UNANSWERED, "withdrawn");
    const after = await tx.bookingRequest.update({ where: { id: before.id }, data: { status: "WITHDRAWN" }, ...requestForEvent });
    await mailProvider(tx, after, { kind: "withdrawn" });
    return after;
  });
}

export async function acceptBookingProposal(manageToken: string) {
  return db.$transaction(async (tx) => {
    const before = await lockedRequest(tx, { manageToken });
    refuseUnless(before.status, ["PROPOSED"], "accepted: only a proposal can be accepted");
    const startsAt = before.proposedStartsAt!;
    const endsAt = before.proposedEndsAt!;
    if (startsAt.getTime() <= Date.now()) throw new ConflictError("The proposed date has passed; ask the provider for a new one");
    const event = await createInvitationEvent(tx, before, startsAt, endsAt);
    const after = await tx.bookingRequest.update({ where: { id: before.id }, data: { status: "ACCEPTED", eventId: event.id }, ...requestForEvent });
    await mailRequester(tx, after, { kind: "accepted", manageUrl: manageUrl(manageToken), event });
    await mailProvider(tx, after, { kind: "proposalAccepted", when: sessionWhen(startsAt, endsAt) });
    return after;
  });
}
