// Erasing booking requests' contact data a while after they are done (SIGNUP_RETENTION_MONTHS, as
// for sign-ups): after the session for an accepted request, after the last change for the others.
// What was asked (the offering, the group's size and label, the dates) stays for the counts.
import type { Prisma } from "@techniek-loket/db/client";
import { db } from "../../db.ts";
import { env } from "../../env.ts";

const erased = { name: null, email: null, phone: null, remark: null, organisationName: null } as const;

export async function eraseExpiredBookingContacts(now = new Date(), months = env.SIGNUP_RETENTION_MONTHS): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const expired: Prisma.BookingRequestWhereInput = {
    erasedAt: null,
    OR: [
      { status: "ACCEPTED", event: { endsAt: { lt: cutoff } } },
      { status: "ACCEPTED", eventId: null, updatedAt: { lt: cutoff } },
      { status: { in: ["OPEN", "PROPOSED", "DECLINED", "WITHDRAWN"] }, updatedAt: { lt: cutoff } },
    ],
  };
  const [, { count }] = await db.$transaction([
    db.manageLink.deleteMany({ where: { bookingRequest: expired } }),
    db.bookingRequest.updateMany({ where: expired, data: { ...erased, erasedAt: now } }),
  ]);
  return count;
}
