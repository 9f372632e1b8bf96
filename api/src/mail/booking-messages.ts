// The mails about booking requests, in Dutch, as plain text and HTML: to the providing
// organisation's editors when a request arrives or its requester answers, and to the requester on
// receipt, a proposal, the acceptance and a decline. The requester's mails carry the manage link.
import { TIME_ZONE } from "../time.ts";
import type { Mail } from "./mailer.ts";
import { escapeHtml } from "./messages.ts";

/** A paragraph: text, a quoted message (kept as typed), or text followed by a link. */
type Part = string | { quote: string } | { text: string; url: string };

function compose(to: string, subject: string, parts: Part[]): Mail {
  const all: Part[] = [...parts, "Techniek Loket"];
  const text = all
    .map((part) => (typeof part === "string" ? part : "quote" in part ? part.quote.replace(/^/gm, "> ") : `${part.text} ${part.url}`))
    .join("\n\n");
  const html = all
    .map((part) =>
      typeof part === "string"
        ? `<p>${escapeHtml(part)}</p>`
        : "quote" in part
          ? `<blockquote>${escapeHtml(part.quote).replace(/\n/g, "<br>")}</blockquote>`
          : `<p>${escapeHtml(part.text)} <a href="${escapeHtml(part.url)}">${escapeHtml(part.url)}</a></p>`,
    )
    .join("\n");
  return { to, subject, text, html };
}

const day = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const time = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });

/** "dinsdag 10 maart 2026 van 09:00 tot 10:30", in Amsterdam time. */
export function sessionWhen(startsAt: Date, endsAt: Date): string {
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay
    ? `${day.format(startsAt)} van ${time.format(startsAt)} tot ${time.format(endsAt)}`
    : `${day.format(startsAt)} ${time.format(startsAt)} tot ${day.format(endsAt)} ${time.format(endsAt)}`;
}

export interface RequestFacts {
  offering: string;
  provider: string;
  school: string;
  group: string;
  groupSize: number;
  preferredDates: string;
}

const groupLine = (facts: RequestFacts) => `Groep: ${facts.group ? `${facts.group}, ` : ""}${facts.groupSize} personen, van ${facts.school}.`;

export function bookingRequestedMail({ to, facts, requester, remark, reviewUrl }: { to: string; facts: RequestFacts; requester: string; remark: string | null; reviewUrl: string }): Mail {
  return compose(to, `Nieuwe aanvraag: ${facts.offering}`, [
    `${requester} vraagt "${facts.offering}" van ${facts.provider} aan.`,
    groupLine(facts),
    `Gewenste datum of periode: ${facts.preferredDates}`,
    ...(remark ? ["Opmerking:", { quote: remark }] : []),
    { text: "Accepteer met een datum en tijd, stel een andere datum voor of wijs af via", url: reviewUrl },
  ]);
}

export function bookingReceivedMail({ to, facts, manageUrl }: { to: string; facts: RequestFacts; manageUrl: string }): Mail {
  return compose(to, `Je aanvraag is verstuurd: ${facts.offering}`, [
    `Je hebt "${facts.offering}" aangevraagd bij ${facts.provider}. Zij kijken of het kan en laten het je per mail weten.`,
    groupLine(facts),
    `Gewenste datum of periode: ${facts.preferredDates}`,
    { text: "Op deze pagina volg je je aanvraag en kun je hem intrekken:", url: manageUrl },
    "Bewaar deze mail: de link is persoonlijk, deel hem niet.",
  ]);
}

export function bookingProposedMail({ to, facts, when, message, manageUrl }: { to: string; facts: RequestFacts; when: string; message: string; manageUrl: string }): Mail {
  return compose(to, `Voorstel voor een andere datum: ${facts.offering}`, [
    `${facts.provider} stelt voor "${facts.offering}" een andere datum voor: ${when}.`,
    { quote: message },
    { text: "Neem het voorstel aan of trek je aanvraag in op", url: manageUrl },
  ]);
}

export function bookingAcceptedMail({ to, facts, when, message, manageUrl, eventUrl }: { to: string; facts: RequestFacts; when: string; message: string | null; manageUrl: string; eventUrl: string }): Mail {
  return compose(to, `Afgesproken: ${facts.offering} op ${when}`, [
    `"${facts.offering}" van ${facts.provider} gaat door: ${when}.`,
    groupLine(facts),
    ...(message ? [{ quote: message }] : []),
    { text: "De activiteit staat op", url: eventUrl },
    { text: "Je aanvraag bekijken:", url: manageUrl },
  ]);
}

export function bookingDeclinedMail({ to, facts, message, manageUrl }: { to: string; facts: RequestFacts; message: string; manageUrl: string }): Mail {
  return compose(to, `Aanvraag afgewezen: ${facts.offering}`, [
    `${facts.provider} kan "${facts.offering}" helaas niet voor je groep verzorgen. Hun bericht:`,
    { quote: message },
    { text: "Je aanvraag bekijken:", url: manageUrl },
  ]);
}

/** To the provider's editors when the requester answers: the proposal accepted, or the request withdrawn. */
export function bookingAnsweredMail({ to, facts, answer, when, reviewUrl }: { to: string; facts: RequestFacts; answer: "accepted" | "withdrawn"; when: string | null; reviewUrl: string }): Mail {
  return answer === "accepted"
    ? compose(to, `Voorstel aangenomen: ${facts.offering} op ${when}`, [
        `${facts.school} neemt jullie voorstel voor "${facts.offering}" aan: ${when}. De activiteit (op uitnodiging) staat in jullie agenda.`,
        groupLine(facts),
        { text: "De aanvraag bekijken:", url: reviewUrl },
      ])
    : compose(to, `Aanvraag ingetrokken: ${facts.offering}`, [
        `${facts.school} heeft de aanvraag voor "${facts.offering}" ingetrokken.`,
        { text: "De aanvraag bekijken:", url: reviewUrl },
      ]);
}
