// What a sign-up's mails say about it and its event, with the event as an .ics attachment built by
// the same code as the site's calendar feeds (@techniek-loket/calendar), so the UID (the event's
// global ID at the site's host) and SEQUENCE match and calendar apps update one entry.
import { buildCalendar, icsFileName, locationText } from "@techniek-loket/calendar";
import type { Prisma, Signup } from "@techniek-loket/db/client";
import { env } from "../../env.ts";
import type { SignupMailFacts } from "../../mail/signup-messages.ts";
import { issueManageLink } from "../../manage-links.ts";

const eventForMail = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  cancellationReason: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  sequence: true,
  updatedAt: true,
  venue: { select: { name: true, street: true, postalCode: true, city: true } },
  organisers: { select: { organisation: { select: { name: true } } }, orderBy: [{ position: "asc" }, { organisationId: "asc" }] },
} satisfies Prisma.EventSelect;

/** The API's global ID of an event (Relay: base64 of "Event:<id>"), as the site's feeds write it. */
const eventGlobalId = (id: number) => Buffer.from(`Event:${id}`).toString("base64");

export const manageUrl = (token: string) => `${env.WEB_URL}/aanmelding/${token}`;

/**
 * The facts for a sign-up's mail, with a manage link (`token` when the caller just issued one, else
 * a fresh one); null once its contact data is erased (there is no one to mail).
 */
export async function signupMailFacts(
  tx: Pick<Prisma.TransactionClient, "event" | "manageLink">,
  signup: Pick<Signup, "id" | "eventId" | "email" | "name" | "groupSize" | "groupLabel">,
  token?: string,
): Promise<SignupMailFacts | null> {
  if (!signup.email || !signup.name) return null;
  const link = token ?? (await issueManageLink(tx, { signupId: signup.id }));
  const event = await tx.event.findUniqueOrThrow({ where: { id: signup.eventId }, select: eventForMail });
  const ics = buildCalendar([{ ...event, id: eventGlobalId(event.id) }], { name: event.title, origin: env.WEB_URL });
  return {
    to: signup.email,
    name: signup.name,
    event: { ...event, place: locationText(event.venue), url: `${env.WEB_URL}/agenda/${event.slug}` },
    groupSize: signup.groupSize,
    groupLabel: signup.groupLabel,
    manageUrl: manageUrl(link),
    ics: { filename: icsFileName(event.slug), content: ics, contentType: "text/calendar; charset=utf-8; method=PUBLISH" },
  };
}
