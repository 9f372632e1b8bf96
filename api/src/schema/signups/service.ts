// Writes to sign-ups, each in one transaction that first locks the event's row (waiting-list.ts),
// with its mails in the same transaction (the outbox). Who may call which is declared on the
// mutations; the manage token is the person's key to their own sign-up.
//
// Decisions:
// - The same address (trimmed, lower case) signing up again for one event gets its active sign-up
//   back, never a second seat, with a new manage link mailed to the address (earlier links keep
//   working). A cancelled sign-up that signs up again re-enters as new, at the back of the queue.
// - A larger group is refused when the extra seats are not free (the error says how many are), and
//   the sign-up stays as it was; a waiting sign-up may grow and keeps its place. A smaller group
//   frees seats for the waiting list. Changes are possible until the event starts.
import { Prisma, type Signup } from "@techniek-loket/db/client";
import type { Context } from "../../context.ts";
import { db } from "../../db.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { eventCancelledSignupMail, signupCancelledMail, signupChangedMail, signupMovedMail, signupReceivedMail } from "../../mail/signup-messages.ts";
import { byManageToken, issueManageLink } from "../../manage-links.ts";
import { signupMailFacts } from "./mail-facts.ts";
import { limitSignups } from "./rate-limit.ts";
import { closedReason, lockEvent, promoteWaiting, seatsFree, seatsTaken, waitingPosition, type LockedEvent, type Tx } from "./waiting-list.ts";

/**
 * Many people signing up for one event at once wait for its row lock in turn: the transaction may
 * wait long for a connection and for the lock, while each holds it only a few milliseconds.
 */
const TRANSACTION = { maxWait: 60_000, timeout: 60_000 } as const;

export const ACTIVE = ["CONFIRMED", "WAITLISTED", "OFFERED"] as const;

export interface SignupInput {
  eventId: number;
  name: string;
  email: string;
  organisationId: number | null;
  organisationName: string | null;
  groupLabel: string | null;
  groupSize: number;
  phone: string | null;
  remark: string | null;
}

function eventClosed(event: LockedEvent) {
  const reason = closedReason(event);
  if (reason) throw new ConflictError(reason);
}

export async function signUp(ctx: Pick<Context, "client">, input: SignupInput): Promise<{ signup: Signup; manageToken: string }> {
  await limitSignups(ctx, input.email);
  try {
    return await signUpOnce(input);
  } catch (error) {
    // Two first sign-ups of one address at once: the event lock orders them, so this is only a
    // safety net; the second attempt finds the first one's sign-up.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return signUpOnce(input);
    throw error;
  }
}

async function signUpOnce(input: SignupInput) {
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, input.eventId);
    eventClosed(event);
    const existing = await tx.signup.findUnique({ where: { eventId_email: { eventId: event.id, email: input.email } } });
    if (existing && existing.status !== "CANCELLED") {
      const manageToken = await issueManageLink(tx, { signupId: existing.id });
      await mailReceived(tx, existing, manageToken);
      return { signup: existing, manageToken };
    }
    const fits = input.groupSize <= seatsFree(event.capacity, await seatsTaken(tx, event.id));
    const now = new Date();
    const data = {
      ...input,
      status: fits ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
      waitlistedAt: fits ? null : now,
      cancelledAt: null,
      attended: null,
      attendedCount: null,
      reminderSentAt: null,
    };
    const signup = existing
      ? await tx.signup.update({ where: { id: existing.id }, data: { ...data, createdAt: now } })
      : await tx.signup.create({ data });
    const manageToken = await issueManageLink(tx, { signupId: signup.id });
    await mailReceived(tx, signup, manageToken);
    return { signup, manageToken };
  }, TRANSACTION);
}

async function mailReceived(tx: Tx, signup: Signup, token: string) {
  const facts = await signupMailFacts(tx, signup, token);
  const position = signup.status === "WAITLISTED" ? await waitingPosition(tx, signup) : null;
  if (facts) await enqueueMail(tx, signupReceivedMail(facts, position));
}

/** The sign-up a manage token belongs to, or null. */
export function findByToken(token: string) {
  return db.signup.findFirst({ where: byManageToken(token), select: { id: true, eventId: true } });
}

/** Runs `change` on the token's sign-up with its event locked; a NotFoundError for an unknown token. */
async function withSignup<T>(where: { token: string } | { id: number }, change: (tx: Tx, signup: Signup, event: LockedEvent) => Promise<T>) {
  const found = "token" in where ? await findByToken(where.token) : await db.signup.findUnique({ where: { id: where.id }, select: { id: true, eventId: true } });
  if (!found) throw new NotFoundError("Sign-up");
  return db.$transaction(async (tx) => {
    const event = await lockEvent(tx, found.eventId);
    const signup = await tx.signup.findUniqueOrThrow({ where: { id: found.id } });
    return change(tx, signup, event);
  }, TRANSACTION);
}

const notStarted = (event: LockedEvent, what: string) => {
  if (new Date() >= event.startsAt) throw new ConflictError(`The event has started; ${what} is no longer possible`);
};

export function changeGroupSize(token: string, groupSize: number) {
  return withSignup({ token }, async (tx, signup, event) => {
    if (signup.status === "CANCELLED") throw new ConflictError("This sign-up was cancelled; sign up again on the event's page");
    notStarted(event, "changing the group");
    if (groupSize === signup.groupSize) return signup;
    if (signup.status === "CONFIRMED" && groupSize > signup.groupSize) {
      const free = seatsFree(event.capacity, await seatsTaken(tx, event.id));
      if (groupSize - signup.groupSize > free) {
        throw new ValidationError([
          {
            path: ["groupSize"],
            message: `Only ${free} more ${free === 1 ? "seat is" : "seats are"} free, so the group can grow to at most ${signup.groupSize + free}; the sign-up stays at ${signup.groupSize}`,
          },
        ]);
      }
    }
    const changed = await tx.signup.update({ where: { id: signup.id }, data: { groupSize } });
    await promoteWaiting(tx, event);
    const now = await tx.signup.findUniqueOrThrow({ where: { id: signup.id } });
    const facts = await signupMailFacts(tx, now);
    if (facts) await enqueueMail(tx, signupChangedMail(facts, now.status === "WAITLISTED" ? await waitingPosition(tx, now) : null));
    return changed;
  });
}

async function cancel(tx: Tx, signup: Signup, event: LockedEvent, organiserReason: string | null) {
  if (signup.status === "CANCELLED") return signup;
  const cancelled = await tx.signup.update({ where: { id: signup.id }, data: { status: "CANCELLED", cancelledAt: new Date(), waitlistedAt: null } });
  await promoteWaiting(tx, event);
  const facts = await signupMailFacts(tx, cancelled);
  if (facts) await enqueueMail(tx, signupCancelledMail(facts, organiserReason));
  return cancelled;
}

export function cancelByToken(token: string) {
  return withSignup({ token }, (tx, signup, event) => cancel(tx, signup, event, null));
}

export function cancelAsOrganiser(signupId: number, reason: string) {
  return withSignup({ id: signupId }, (tx, signup, event) => cancel(tx, signup, event, reason));
}

/**
 * An organiser moves a sign-up to another event that takes sign-ups here (another session of the
 * same activity, say), even outside its sign-up window, as long as neither has started. It is
 * confirmed there when the group fits, else it waits at the back of that queue; its seats in the
 * old event go to the waiting list. Its manage links keep working; the person gets the new event's
 * .ics by mail. Both events are locked in id order, so opposite moves cannot deadlock.
 */
export async function moveSignup(signupId: number, toEventId: number) {
  const found = await db.signup.findUnique({ where: { id: signupId }, select: { eventId: true } });
  if (!found) throw new NotFoundError("Sign-up");
  if (found.eventId === toEventId) throw new ValidationError([{ path: ["toEventId"], message: "The sign-up is already for this event" }]);
  return db.$transaction(async (tx) => {
    const locked = new Map<number, LockedEvent>();
    for (const id of [found.eventId, toEventId].sort((a, b) => a - b)) locked.set(id, await lockEvent(tx, id));
    const from = locked.get(found.eventId)!;
    const to = locked.get(toEventId)!;
    const signup = await tx.signup.findUniqueOrThrow({ where: { id: signupId } });
    if (signup.status === "CANCELLED") throw new ConflictError("This sign-up was cancelled; only active sign-ups can be moved");
    notStarted(from, "moving the sign-up");
    if (to.status !== "PUBLISHED" || to.signupMode !== "PLATFORM") throw new ConflictError("The other event takes no sign-ups on this platform (it must be published with signupMode PLATFORM)");
    notStarted(to, "moving a sign-up to it");
    if (signup.email) {
      const there = await tx.signup.findUnique({ where: { eventId_email: { eventId: to.id, email: signup.email } } });
      if (there && there.status !== "CANCELLED") throw new ConflictError("This person is already signed up for the other event");
      // A cancelled sign-up of the same address there keeps its counts but gives up its address.
      if (there) await tx.signup.update({ where: { id: there.id }, data: { ...erasedContactData, erasedAt: new Date() } });
    }
    const fits = signup.groupSize <= seatsFree(to.capacity, await seatsTaken(tx, to.id));
    const moved = await tx.signup.update({
      where: { id: signup.id },
      data: { eventId: to.id, status: fits ? "CONFIRMED" : "WAITLISTED", waitlistedAt: fits ? null : new Date(), reminderSentAt: null },
    });
    await promoteWaiting(tx, from);
    const facts = await signupMailFacts(tx, moved);
    if (facts) await enqueueMail(tx, signupMovedMail(facts, moved.status === "WAITLISTED" ? await waitingPosition(tx, moved) : null));
    return moved;
  }, TRANSACTION);
}

/** The contact data a person may erase and retention erases; counts, group label and attendance stay. */
export const erasedContactData = { name: null, email: null, phone: null, remark: null, organisationName: null } as const;

/** A person deletes their own contact data: the sign-up is cancelled if active (seats free up), then erased. */
export function eraseByToken(token: string) {
  return withSignup({ token }, async (tx, signup, event) => {
    if (signup.status !== "CANCELLED" && new Date() < event.startsAt) await cancel(tx, signup, event, null);
    else if (signup.status !== "CANCELLED") await tx.signup.update({ where: { id: signup.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await tx.manageLink.deleteMany({ where: { signupId: signup.id } });
    return tx.signup.update({ where: { id: signup.id }, data: { ...erasedContactData, erasedAt: new Date() } });
  });
}

export function recordAttendance(signupId: number, attended: boolean, count: number | null) {
  return withSignup({ id: signupId }, async (tx, signup, event) => {
    if (new Date() < event.startsAt) throw new ConflictError("Attendance can be recorded once the event has started");
    if (!attended && count) throw new ValidationError([{ path: ["count"], message: "count must be 0 or omitted when the group did not come" }]);
    return tx.signup.update({ where: { id: signup.id }, data: { attended, attendedCount: attended ? (count ?? signup.groupSize) : 0 } });
  });
}

// ---- hooks for the events domain, inside its transactions (the event row is locked there)

/** After an event's details changed (e.g. more capacity): waiting sign-ups that fit now move up. */
export async function afterEventChange(tx: Tx, eventId: number) {
  await promoteWaiting(tx, await lockEvent(tx, eventId));
}

/** A cancelled event: every active sign-up is cancelled and mailed the reason. Counts stay. */
export async function cancelSignupsOfEvent(tx: Tx, eventId: number, reason: string) {
  const active = await tx.signup.findMany({ where: { eventId, status: { in: [...ACTIVE] } } });
  await tx.signup.updateMany({ where: { id: { in: active.map((s) => s.id) } }, data: { status: "CANCELLED", cancelledAt: new Date(), waitlistedAt: null } });
  for (const signup of active) {
    const facts = await signupMailFacts(tx, signup);
    if (facts) await enqueueMail(tx, eventCancelledSignupMail(facts, reason));
  }
}
