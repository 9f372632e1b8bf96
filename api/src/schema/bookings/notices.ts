// Who hears of what happens to a booking request: the providing organisation's editors (of it or
// of its school; its general address when it has no editors yet) and the requester. Mails are
// written to the outbox in the caller's transaction.
import type { Prisma } from "@techniek-loket/db/client";
import { env } from "../../env.ts";
import {
  bookingAcceptedMail,
  bookingAnsweredMail,
  bookingDeclinedMail,
  bookingProposedMail,
  bookingReceivedMail,
  bookingRequestedMail,
  sessionWhen,
  type RequestFacts,
} from "../../mail/booking-messages.ts";
import { enqueueMail } from "../../mail/outbox.ts";
import type { RequestForEvent } from "./invitation-event.ts";

type Tx = Prisma.TransactionClient;

function factsOf(request: RequestForEvent): RequestFacts {
  return {
    offering: request.offering.title,
    provider: request.offering.organisation.name,
    school: request.organisation?.name ?? request.organisationName ?? "",
    group: request.groupLabel ?? "",
    groupSize: request.groupSize,
    preferredDates: request.preferredDates,
  };
}

async function providerAddresses(tx: Tx, organisationId: number): Promise<string[]> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { parentId: true, email: true } });
  const ids = [organisationId, ...(organisation.parentId ? [organisation.parentId] : [])];
  const editors = await tx.account.findMany({ where: { editorships: { some: { organisationId: { in: ids } } } }, select: { email: true }, orderBy: { id: "asc" } });
  return editors.length ? editors.map((editor) => editor.email) : organisation.email ? [organisation.email] : [];
}

type ProviderNotice = { kind: "requested" } | { kind: "withdrawn" } | { kind: "proposalAccepted"; when: string };

export async function mailProvider(tx: Tx, request: RequestForEvent, notice: ProviderNotice) {
  const facts = factsOf(request);
  const reviewUrl = `${env.WEB_URL}/beheer/aanvragen/${request.id}`;
  for (const to of await providerAddresses(tx, request.offering.organisationId)) {
    const mail =
      notice.kind === "requested"
        ? bookingRequestedMail({ to, facts, requester: request.name ?? "", remark: request.remark, reviewUrl })
        : bookingAnsweredMail({ to, facts, answer: notice.kind === "withdrawn" ? "withdrawn" : "accepted", when: notice.kind === "proposalAccepted" ? notice.when : null, reviewUrl });
    await enqueueMail(tx, mail);
  }
}

type RequesterNotice =
  | { kind: "received"; manageUrl: string }
  | { kind: "proposed"; manageUrl: string }
  | { kind: "declined"; manageUrl: string }
  | { kind: "accepted"; manageUrl: string; event: { slug: string; startsAt: Date; endsAt: Date } };

export async function mailRequester(tx: Tx, request: RequestForEvent, notice: RequesterNotice) {
  const to = request.email;
  if (!to) return; // erased
  const facts = factsOf(request);
  const { manageUrl } = notice;
  const mail =
    notice.kind === "received"
      ? bookingReceivedMail({ to, facts, manageUrl })
      : notice.kind === "proposed"
        ? bookingProposedMail({ to, facts, manageUrl, when: sessionWhen(request.proposedStartsAt!, request.proposedEndsAt!), message: request.response ?? "" })
        : notice.kind === "declined"
          ? bookingDeclinedMail({ to, facts, manageUrl, message: request.response ?? "" })
          : bookingAcceptedMail({
              to,
              facts,
              manageUrl,
              when: sessionWhen(notice.event.startsAt, notice.event.endsAt),
              message: request.response,
              eventUrl: `${env.WEB_URL}/agenda/${notice.event.slug}`,
            });
  await enqueueMail(tx, mail);
}
