// Seats and the waiting list of one event. Every change to an event's sign-ups first locks the
// event's row (SELECT ... FOR UPDATE), so concurrent sign-ups, changes and cancellations of one
// event run one after the other: the seats counted are the seats there are, and capacity is never
// exceeded whatever the concurrency.
//
// The rule: when seats free up (a cancellation, a smaller group, more capacity), they go in waiting
// order (waitlistedAt, then id) to each waiting sign-up whose group fits in what is free. It is
// promoted at once to CONFIRMED and told by mail. A group that does not fit stays waiting and does
// not block smaller groups behind it. OFFERED is never produced. Promotion happens only while
// sign-up is open and the event has not started.
import type { Prisma } from "@techniek-loket/db/client";
import { NotFoundError } from "../../errors.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { signupPromotedMail } from "../../mail/signup-messages.ts";
import { signupMailFacts } from "./mail-facts.ts";

export type Tx = Prisma.TransactionClient;

/** What the rules need of a locked event. */
export interface LockedEvent {
  id: number;
  status: string;
  signupMode: string;
  capacity: number | null;
  startsAt: Date;
  signupOpensAt: Date | null;
  signupClosesAt: Date | null;
}

/** Locks the event's row for this transaction and returns what the sign-up rules need. */
export async function lockEvent(tx: Tx, eventId: number): Promise<LockedEvent> {
  const [event] = await tx.$queryRaw<LockedEvent[]>`
    SELECT id, status::text AS status, "signupMode"::text AS "signupMode", capacity, "startsAt", "signupOpensAt", "signupClosesAt"
    FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  if (!event) throw new NotFoundError("Event");
  return event;
}

/** Why the event takes no sign-ups now, or null when it does. Times in messages are UTC. */
export function closedReason(event: Omit<LockedEvent, "id" | "capacity">, now = new Date()): string | null {
  if (event.status !== "PUBLISHED") return "This event is not open for sign-up: it is not published or it was cancelled";
  if (event.signupMode !== "PLATFORM") return "This event takes no sign-ups on this platform (see its signupMode)";
  if (event.signupOpensAt && now < event.signupOpensAt) return `Sign-up for this event opens at ${event.signupOpensAt.toISOString()}`;
  if (now >= event.startsAt) return "This event has started; sign-up is closed";
  if (event.signupClosesAt && now >= event.signupClosesAt) return `Sign-up for this event closed at ${event.signupClosesAt.toISOString()}`;
  return null;
}

/** Seats held by confirmed sign-ups. */
export async function seatsTaken(tx: Tx, eventId: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ seats: number }[]>`
    SELECT coalesce(sum("groupSize"), 0)::int AS seats FROM "Signup" WHERE "eventId" = ${eventId} AND status = 'CONFIRMED'`;
  return row.seats;
}

/** Seats still free (Infinity without a capacity; never below 0 after a lowered capacity). */
export function seatsFree(capacity: number | null, taken: number): number {
  return capacity === null ? Infinity : Math.max(0, capacity - taken);
}

/** The 1-based place of a waiting sign-up in its event's queue. */
export async function waitingPosition(db: Pick<Tx, "signup">, signup: { id: number; eventId: number; waitlistedAt: Date | null }): Promise<number> {
  const ahead = await db.signup.count({
    where: {
      eventId: signup.eventId,
      status: "WAITLISTED",
      OR: [{ waitlistedAt: { lt: signup.waitlistedAt! } }, { waitlistedAt: signup.waitlistedAt!, id: { lt: signup.id } }],
    },
  });
  return ahead + 1;
}

/**
 * Gives free seats to waiting sign-ups that fit, in order, and mails each a new manage link (the
 * token is stored hashed only, so the promotion mail carries a fresh one; older links stop working).
 * The event must be locked by the caller's transaction.
 */
export async function promoteWaiting(tx: Tx, event: LockedEvent, now = new Date()): Promise<number[]> {
  if (closedReason(event, now)) return [];
  let free = seatsFree(event.capacity, await seatsTaken(tx, event.id));
  if (free === 0) return [];
  const waiting = await tx.signup.findMany({
    where: { eventId: event.id, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }],
    select: { id: true, groupSize: true },
  });
  const promoted: number[] = [];
  for (const candidate of waiting) {
    if (candidate.groupSize > free) continue;
    free -= candidate.groupSize;
    const signup = await tx.signup.update({ where: { id: candidate.id }, data: { status: "CONFIRMED", waitlistedAt: null } });
    promoted.push(signup.id);
    const facts = await signupMailFacts(tx, signup);
    if (facts) await enqueueMail(tx, signupPromotedMail(facts));
    if (free === 0) break;
  }
  return promoted;
}
