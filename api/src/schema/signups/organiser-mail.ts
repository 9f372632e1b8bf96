// An organiser mails everyone signed up for their event (mailSignups): each person gets their own
// mail with their manage link, Reply-To the organiser. The mails are jobs in the same transaction
// as the audit entry, and the mailings of one event are limited per day, so the list of addresses
// the platform holds cannot be used to spam.
import { z } from "zod";
import { builder } from "../../builder.ts";
import { recordChange } from "../../audit.ts";
import type { Viewer } from "../../context.ts";
import { db } from "../../db.ts";
import { ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError, ValidationError } from "../../errors.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import { organiserMessageMail } from "../../mail/signup-messages.ts";
import { Event } from "../events/types.ts";
import { signupMailFacts } from "./mail-facts.ts";
import { lockEvent } from "./waiting-list.ts";

/** Mailings per event in any 24 hours: enough for news and a change of plan, too few to spam. */
export const MAILINGS_PER_DAY = 10;
const DAY_MS = 86_400_000;
const ACTION = "event.mail-signups";

export const MailSignupsInput = builder.inputType("MailSignupsInput", {
  description: "A message from an event's organisers to the people signed up.",
  fields: (t) => ({
    eventId: t.globalID({ for: Event, required: true, description: "The event (global ID)." }),
    subject: t.string({ required: true, description: "The mail's subject (Dutch), 3 to 150 characters." }),
    message: t.string({ required: true, description: "The message as plain text (Dutch), 10 to 5000 characters. Never data about pupils." }),
    includeWaiting: t.boolean({ required: false, description: "Also mail the waiting list (default: confirmed sign-ups only)." }),
  }),
  validate: z
    .object({
      subject: z.string().trim().min(3, "subject must be at least 3 characters").max(150, "subject must be at most 150 characters"),
      message: z.string().trim().min(10, "message must be at least 10 characters").max(5000, "message must be at most 5000 characters"),
    })
    .loose(),
});

const SignupMailing = builder.objectRef<{ eventId: number; recipientCount: number; mailingsLeftToday: number }>("SignupMailing").implement({
  description: "A message sent to an event's sign-ups.",
  fields: (t) => ({
    event: t.prismaField({
      type: Event,
      description: "The event.",
      resolve: (query, mailing) => db.event.findUniqueOrThrow({ ...query, where: { id: mailing.eventId } }),
    }),
    recipientCount: t.exposeInt("recipientCount", { description: "How many people the message goes to (one mail each)." }),
    mailingsLeftToday: t.exposeInt("mailingsLeftToday", { description: `How many more messages this event may send in the next 24 hours (at most ${MAILINGS_PER_DAY} a day).` }),
  }),
});

interface Mailing {
  subject: string;
  message: string;
  includeWaiting: boolean;
}

/** Queues one mail per active sign-up with contact data; refuses past the daily limit or with no one to mail. */
export async function mailSignups(viewer: Viewer, eventId: number, { subject, message, includeWaiting }: Mailing) {
  return db.$transaction(async (tx) => {
    // The event's lock orders concurrent mailings, so two at once cannot both pass the limit.
    await lockEvent(tx, eventId);
    const since = new Date(Date.now() - DAY_MS);
    const earlier = await tx.auditEntry.findMany({
      where: { action: ACTION, subjectType: "Event", subjectId: eventId, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "asc" },
    });
    if (earlier.length >= MAILINGS_PER_DAY) {
      throw new TooManyRequestsError(Math.ceil((earlier[0].createdAt.getTime() + DAY_MS - Date.now()) / 1000));
    }
    const signups = await tx.signup.findMany({
      where: { eventId, status: { in: includeWaiting ? ["CONFIRMED", "WAITLISTED", "OFFERED"] : ["CONFIRMED"] }, email: { not: null }, name: { not: null } },
      orderBy: { id: "asc" },
    });
    if (signups.length === 0) throw new ConflictError(includeWaiting ? "No one is signed up to mail" : "No one is confirmed to mail; include the waiting list to mail them");
    const [sender, event] = await Promise.all([
      tx.account.findUniqueOrThrow({ where: { id: viewer.accountId }, select: { email: true } }),
      tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { regionId: true } }),
    ]);
    for (const signup of signups) {
      const facts = await signupMailFacts(tx, signup);
      if (facts) await enqueueMail(tx, organiserMessageMail(facts, { subject, message, replyTo: sender.email }));
    }
    // What was said and to how many, never to whom: the audit log keeps no one's address.
    await recordChange(tx, viewer, {
      action: ACTION,
      subjectType: "Event",
      subjectId: eventId,
      regionId: event.regionId,
      after: { subject, message, includeWaiting, recipientCount: signups.length },
    });
    return { eventId, recipientCount: signups.length, mailingsLeftToday: MAILINGS_PER_DAY - earlier.length - 1 };
  });
}

builder.mutationFields((t) => ({
  mailSignups: t.field({
    type: SignupMailing,
    description: `Mails a message to everyone confirmed for the event (and the waiting list if asked), each with their own manage link and Reply-To the sender's address. For the event's editors and the region's moderators; at most ${MAILINGS_PER_DAY} messages per event in 24 hours.`,
    args: { input: t.arg({ type: MailSignupsInput, required: true, description: "The event and the message." }) },
    authScopes: (_root, args) => ({ editEvent: Number(args.input.eventId.id) }),
    errors: {
      types: [ValidationError, ConflictError, ForbiddenError, NotFoundError, TooManyRequestsError],
      directResult: true,
      union: { name: "MailSignupsResult", description: "The mailing, or why not." },
    },
    resolve: (_root, { input }, { viewer }) =>
      mailSignups(viewer!, Number(input.eventId.id), { subject: input.subject.trim(), message: input.message.trim(), includeWaiting: input.includeWaiting ?? false }),
  }),
}));
