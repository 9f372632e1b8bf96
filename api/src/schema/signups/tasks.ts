// The worker's sign-up tasks (worker.ts runs them on a schedule): the reminder two days before an
// event, and erasing contact data a while after it (SIGNUP_RETENTION_MONTHS; counts stay).
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { signupReminderMail } from "../../mail/signup-messages.ts";
import { erasedContactData } from "./service.ts";
import { signupMailFacts } from "./mail-facts.ts";

export const REMINDER_HOURS_BEFORE = 48;

/**
 * Mails confirmed sign-ups of published events that start within two days, once each:
 * reminderSentAt is set in the same transaction as the mail job, and rows another run is handling
 * are skipped.
 */
export async function sendReminders(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_HOURS_BEFORE * 3_600_000);
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: number }[]>`
      UPDATE "Signup" SET "reminderSentAt" = ${now} WHERE id IN (
        SELECT s.id FROM "Signup" s JOIN "Event" e ON e.id = s."eventId"
        WHERE s.status = 'CONFIRMED' AND s."reminderSentAt" IS NULL AND s.email IS NOT NULL
          AND e.status = 'PUBLISHED' AND e."startsAt" > ${now} AND e."startsAt" <= ${until}
        FOR UPDATE OF s SKIP LOCKED)
      RETURNING id`;
    const signups = await tx.signup.findMany({ where: { id: { in: due.map((row) => row.id) } } });
    for (const signup of signups) {
      const facts = await signupMailFacts(tx, signup);
      if (facts) await enqueueMail(tx, signupReminderMail(facts));
    }
    return signups.length;
  });
}

/** Erases the contact data of sign-ups whose event ended more than SIGNUP_RETENTION_MONTHS ago. */
export async function eraseExpiredContactData(now = new Date(), months = env.SIGNUP_RETENTION_MONTHS): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const expired = { erasedAt: null, event: { endsAt: { lt: cutoff } } };
  const [, { count }] = await db.$transaction([
    db.manageLink.deleteMany({ where: { signup: expired } }),
    db.signup.updateMany({ where: expired, data: { ...erasedContactData, erasedAt: now } }),
  ]);
  return count;
}
