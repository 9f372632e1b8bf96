// The mails of event sign-ups, in Dutch, as plain text and HTML. Each carries the personal manage
// link (to see, change or cancel the sign-up); the confirmation and the promotion carry the event
// as an .ics file, the same VEVENT as the site's calendar feeds.
import type { Mail, MailAttachment } from "./mailer.ts";
import { escapeHtml } from "./messages.ts";

export interface SignupMailFacts {
  to: string;
  name: string;
  event: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    allDay: boolean;
    /** "Sporthal De Rusheuvel, Molenstraat 1, 5341 AB Oss", or "Online". */
    place: string;
    /** The event's page on the site. */
    url: string;
  };
  groupSize: number;
  groupLabel: string | null;
  /** `${WEB_URL}/aanmelding/<token>`: the person's own page for this sign-up. */
  manageUrl: string;
  /** The event as an iCalendar file. */
  ics?: MailAttachment;
}

const zone = "Europe/Amsterdam";
const dayFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: zone, weekday: "long", day: "numeric", month: "long", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { timeZone: zone, hour: "2-digit", minute: "2-digit" });

/** "donderdag 10 juni 2027, 18:00 tot 21:00", in Amsterdam time. */
export function whenText({ startsAt, endsAt, allDay }: SignupMailFacts["event"]): string {
  const startDay = dayFormat.format(startsAt);
  if (allDay) {
    const lastDay = dayFormat.format(new Date(endsAt.getTime() - 1));
    return lastDay === startDay ? startDay : `${startDay} tot en met ${lastDay}`;
  }
  const endDay = dayFormat.format(endsAt);
  return endDay === startDay
    ? `${startDay}, ${timeFormat.format(startsAt)} tot ${timeFormat.format(endsAt)}`
    : `${startDay}, ${timeFormat.format(startsAt)} tot ${endDay}, ${timeFormat.format(endsAt)}`;
}

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);
const groupText = (facts: SignupMailFacts) => `${people(facts.groupSize)}${facts.groupLabel ? ` (${facts.groupLabel})` : ""}`;

/** Paragraphs of plain text, written both as text and as HTML; a link is a [label, url] pair. */
type Block = string | [label: string, url: string];

function compose(facts: SignupMailFacts, subject: string, blocks: Block[], withIcs: boolean): Mail {
  const details: Block[] = [
    `Wat: ${facts.event.title}`,
    `Wanneer: ${whenText(facts.event)}`,
    `Waar: ${facts.event.place}`,
    `Aangemeld: ${groupText(facts)}`,
  ];
  const all: Block[] = [`Beste ${facts.name},`, ...blocks, details.join("\n"), ["Meer over de activiteit", facts.event.url], "Techniek Loket"];
  const text = all.map((block) => (typeof block === "string" ? block : `${block[0]}: ${block[1]}`)).join("\n\n");
  const html = all
    .map((block) =>
      typeof block === "string"
        ? `<p>${escapeHtml(block).replace(/\n/g, "<br>")}</p>`
        : `<p><a href="${escapeHtml(block[1])}">${escapeHtml(block[0])}</a></p>`,
    )
    .join("\n");
  return { to: facts.to, subject, text, html, ...(withIcs && facts.ics ? { attachments: [facts.ics] } : {}) };
}

const manageLink = (facts: SignupMailFacts): Block => ["Bekijk, wijzig of annuleer je aanmelding", facts.manageUrl];

/** Right after signing up: confirmed, or on the waiting list at a place. */
export function signupReceivedMail(facts: SignupMailFacts, waitingPosition: number | null): Mail {
  if (waitingPosition === null) {
    return compose(
      facts,
      `Aangemeld: ${facts.event.title}`,
      [
        "Je aanmelding is bevestigd. In de bijlage staat de activiteit voor je agenda.",
        "Kun je toch niet komen, of komen er meer of minder mensen? Pas het aan via de link hieronder, dan kan iemand anders je plaats krijgen.",
        manageLink(facts),
      ],
      true,
    );
  }
  return compose(
    facts,
    `Op de wachtlijst: ${facts.event.title}`,
    [
      `De activiteit is vol. Je staat op de wachtlijst, op plaats ${waitingPosition}.`,
      "Komen er plaatsen vrij waar je groep in past, dan krijg je die meteen en sturen we je een bevestiging. Een kleinere groep achter je kan eerder een plaats krijgen als jouw groep nog niet past.",
      manageLink(facts),
    ],
    true,
  );
}

/** Seats came free and the waiting sign-up has them now. */
export function signupPromotedMail(facts: SignupMailFacts): Mail {
  return compose(
    facts,
    `Er is plek: ${facts.event.title}`,
    [
      "Goed nieuws: er zijn plaatsen vrijgekomen en je aanmelding is nu bevestigd. In de bijlage staat de activiteit voor je agenda.",
      "Kun je niet meer komen? Annuleer dan via de link hieronder, zodat de volgende op de wachtlijst je plaats krijgt.",
      manageLink(facts),
    ],
    true,
  );
}

/** The group size changed. */
export function signupChangedMail(facts: SignupMailFacts, waitingPosition: number | null): Mail {
  const where = waitingPosition === null ? "Je aanmelding blijft bevestigd." : `Je staat op de wachtlijst, op plaats ${waitingPosition}.`;
  return compose(facts, `Aanmelding gewijzigd: ${facts.event.title}`, [`Je aanmelding is gewijzigd naar ${groupText(facts)}. ${where}`, manageLink(facts)], false);
}

/** The organiser moved the sign-up to another event (facts are the new event's). */
export function signupMovedMail(facts: SignupMailFacts, waitingPosition: number | null): Mail {
  const where =
    waitingPosition === null
      ? "Je aanmelding is daar bevestigd. In de bijlage staat de activiteit voor je agenda; haal de oude uit je agenda."
      : `Die activiteit is vol: je staat er op de wachtlijst, op plaats ${waitingPosition}. Komen er plaatsen vrij waar je groep in past, dan krijg je die meteen.`;
  return compose(
    facts,
    `Aanmelding verplaatst: ${facts.event.title}`,
    [`De organisatie heeft je aanmelding verplaatst naar ${facts.event.title}, ${whenText(facts.event)}.`, where, manageLink(facts)],
    true,
  );
}

/** The person cancelled their own sign-up, or the organiser did (with a reason). */
export function signupCancelledMail(facts: SignupMailFacts, organiserReason: string | null = null): Mail {
  const first = organiserReason
    ? `De organisatie heeft je aanmelding geannuleerd, met deze reden:\n${organiserReason}`
    : "Je aanmelding is geannuleerd. Jammer dat je niet kunt komen; je plaats gaat naar wie er op de wachtlijst staat.";
  return compose(facts, `Aanmelding geannuleerd: ${facts.event.title}`, [first, "Wil je je toch weer aanmelden? Dat kan op de pagina van de activiteit, zolang er plaats is of de wachtlijst open staat."], false);
}

/** The whole event was cancelled. */
export function eventCancelledSignupMail(facts: SignupMailFacts, reason: string): Mail {
  return compose(
    facts,
    `Gaat niet door: ${facts.event.title}`,
    [`De activiteit waarvoor je je had aangemeld gaat niet door. De organisatie geeft als reden:\n${reason}`, "Je aanmelding is daarom vervallen. Je hoeft niets te doen."],
    false,
  );
}

/** Two days before the event. */
export function signupReminderMail(facts: SignupMailFacts): Mail {
  return compose(
    facts,
    `Herinnering: ${facts.event.title}`,
    [
      "Over twee dagen is het zover. We rekenen op je!",
      "Kun je toch niet komen, of komen er minder mensen? Pas het dan nog even aan, zodat anderen je plaats kunnen krijgen.",
      manageLink(facts),
    ],
    false,
  );
}

export interface OrganiserMessage {
  /** The organiser's subject line, as typed. */
  subject: string;
  /** The organiser's message, as plain text. */
  message: string;
  /** The sender's own address, so a reply reaches the organiser rather than the platform. */
  replyTo: string;
}

/** An organiser's message to everyone signed up (mailSignups), with the person's own manage link. */
export function organiserMessageMail(facts: SignupMailFacts, { subject, message, replyTo }: OrganiserMessage): Mail {
  const mail = compose(
    facts,
    subject,
    [
      `De organisatie van "${facts.event.title}" stuurt iedereen die zich heeft aangemeld dit bericht:`,
      message,
      "Antwoorden kan met deze mail: je antwoord gaat naar de organisatie.",
      manageLink(facts),
    ],
    false,
  );
  return { ...mail, replyTo };
}
