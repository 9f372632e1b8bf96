// The platform's mails, in Dutch, as plain text and HTML.
import type { Mail } from "./mailer.ts";

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function signInCodeMail({ to, code, minutes, signInUrl }: { to: string; code: string; minutes: number; signInUrl: string }): Mail {
  const link = `${signInUrl}?${new URLSearchParams({ email: to, code })}`;
  return {
    to,
    subject: `Je inlogcode voor Techniek Loket: ${code}`,
    text: [
      `Je inlogcode is ${code}.`,
      "",
      `Vul hem in op de pagina waar je hem hebt aangevraagd. Hij is ${minutes} minuten geldig en werkt één keer.`,
      `Of open deze pagina, waar de code al is ingevuld: ${link}`,
      "",
      "Heb je geen code aangevraagd? Dan kun je deze mail negeren; zonder de code kan niemand inloggen.",
      "",
      "Techniek Loket",
    ].join("\n"),
    html: `<p>Je inlogcode is <strong style="font-size:1.5em;letter-spacing:0.1em">${code}</strong>.</p>
<p>Vul hem in op de pagina waar je hem hebt aangevraagd. Hij is ${minutes} minuten geldig en werkt één keer.</p>
<p>Of open <a href="${escapeHtml(link)}">deze pagina, waar de code al is ingevuld</a>.</p>
<p>Heb je geen code aangevraagd? Dan kun je deze mail negeren; zonder de code kan niemand inloggen.</p>
<p>Techniek Loket</p>`,
  };
}

export function eventRejectedMail({ to, title, reason, manageUrl }: { to: string; title: string; reason: string; manageUrl: string }): Mail {
  return {
    to,
    subject: `Niet gepubliceerd: ${title}`,
    text: [
      `De moderator van het netwerk heeft "${title}" nog niet gepubliceerd, met deze reden:`,
      "",
      reason,
      "",
      `Pas de activiteit aan en dien hem opnieuw in via ${manageUrl}.`,
      "",
      "Techniek Loket",
    ].join("\n"),
    html: `<p>De moderator van het netwerk heeft <strong>${escapeHtml(title)}</strong> nog niet gepubliceerd, met deze reden:</p>
<blockquote>${escapeHtml(reason).replace(/\n/g, "<br>")}</blockquote>
<p>Pas de activiteit aan en dien hem opnieuw in via <a href="${escapeHtml(manageUrl)}">${escapeHtml(manageUrl)}</a>.</p>
<p>Techniek Loket</p>`,
  };
}

export function editorInvitationMail({ to, organisation, signInUrl }: { to: string; organisation: string; signInUrl: string }): Mail {
  return {
    to,
    subject: `Je kunt nu ${organisation} bijhouden op Techniek Loket`,
    text: [
      `Je bent redacteur geworden van ${organisation} op Techniek Loket: je kunt het profiel, het aanbod en de activiteiten bijhouden.`,
      "",
      `Log in op ${signInUrl} met dit e-mailadres; je krijgt dan een code per mail. Een wachtwoord is niet nodig.`,
      "",
      "Techniek Loket",
    ].join("\n"),
    html: `<p>Je bent redacteur geworden van <strong>${escapeHtml(organisation)}</strong> op Techniek Loket: je kunt het profiel, het aanbod en de activiteiten bijhouden.</p>
<p>Log in op <a href="${escapeHtml(signInUrl)}">${escapeHtml(signInUrl)}</a> met dit e-mailadres; je krijgt dan een code per mail. Een wachtwoord is niet nodig.</p>
<p>Techniek Loket</p>`,
  };
}

export function moderatorInvitationMail({ to, region, signInUrl }: { to: string; region: string; signInUrl: string }): Mail {
  return {
    to,
    subject: `Je bent moderator van ${region} op Techniek Loket`,
    text: [
      `Je bent moderator geworden van de regio ${region} op Techniek Loket: je publiceert wat redacteuren indienen, voegt organisaties toe en beslist wie welke organisatie bijhoudt.`,
      "",
      `Log in op ${signInUrl} met dit e-mailadres; je krijgt dan een code per mail. Een wachtwoord is niet nodig.`,
      "",
      "Techniek Loket",
    ].join("\n"),
    html: `<p>Je bent moderator geworden van de regio <strong>${escapeHtml(region)}</strong> op Techniek Loket: je publiceert wat redacteuren indienen, voegt organisaties toe en beslist wie welke organisatie bijhoudt.</p>
<p>Log in op <a href="${escapeHtml(signInUrl)}">${escapeHtml(signInUrl)}</a> met dit e-mailadres; je krijgt dan een code per mail. Een wachtwoord is niet nodig.</p>
<p>Techniek Loket</p>`,
  };
}
