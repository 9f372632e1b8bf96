// An Atom feed (RFC 4287) of agenda events, for feed readers and for sites that show "the latest
// from the network". Written by hand: the format is small, and every value passes through xml().
import { formatPeriod } from "$lib/time";
import { eventKinds } from "$lib/enum-words";
import { eventKindLabels, label } from "$lib/labels";
import type { AgendaEvent } from "./events.server";

export interface AtomOptions {
  title: string;
  /** The site's origin, e.g. https://www.hettechniekloket.nl. */
  origin: string;
  /** The feed's own address (rel="self"), absolute. */
  selfUrl: string;
  /** The agenda page with the same filter (rel="alternate"); also the feed's stable id. */
  pageUrl: string;
  /** Used as `updated` when there are no events. */
  now: Date;
}

// Characters XML 1.0 does not allow, even escaped.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for XML content and attribute values. */
export function xml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function place(event: AgendaEvent): string {
  return event.venue ? `${event.venue.name}, ${event.venue.city}` : "Online";
}

function entry(event: AgendaEvent, origin: string): string {
  const url = new URL(`/agenda/${encodeURIComponent(event.slug)}`, origin).href;
  const cancelled = event.status === "CANCELLED";
  const title = cancelled ? `Geannuleerd: ${event.title}` : event.title;
  const summary = `${formatPeriod(event)}. ${place(event)}. ${cancelled ? "Gaat niet door. " : ""}${event.summary}`;
  const kind = label(eventKindLabels, event.kind);
  const authors = event.organisers.map((o) => `    <author><name>${xml(o.organisation.name)}</name></author>`);
  return [
    "  <entry>",
    `    <id>${xml(url)}</id>`,
    `    <title>${xml(title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
    `    <updated>${new Date(event.updatedAt).toISOString()}</updated>`,
    `    <summary>${xml(summary)}</summary>`,
    `    <category term="${xml(eventKinds[event.kind]?.url ?? event.kind)}" label="${xml(kind)}"/>`,
    ...authors,
    "  </entry>",
  ].join("\n");
}

export function buildAtomFeed(events: readonly AgendaEvent[], options: AtomOptions): string {
  const latest = events.reduce((max, e) => Math.max(max, new Date(e.updatedAt).getTime()), 0);
  const updated = new Date(latest || options.now.getTime()).toISOString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${xml(options.pageUrl)}</id>`,
    `  <title>${xml(options.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(options.pageUrl)}"/>`,
    "  <author><name>Het Techniek Loket</name></author>",
    ...events.map((event) => entry(event, options.origin)),
    "</feed>",
    "",
  ].join("\n");
}
