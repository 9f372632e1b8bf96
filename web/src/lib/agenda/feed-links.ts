// The addresses of the feeds of an agenda filter: the iCalendar subscription (https and webcal,
// which calendar apps open as a subscription) and the Atom feed. Same query string as the page,
// without view and paging, which a feed does not have.
import { agendaHref, type AgendaFilter } from "./filter";

export const ICS_PATH = "/agenda.ics";
export const ATOM_PATH = "/agenda.atom";

export interface FeedLinks {
  /** Relative, for links and <link rel="alternate">. */
  ics: string;
  atom: string;
  /** Absolute webcal:// address: "subscribe" in Apple Calendar, Outlook and Thunderbird. */
  webcal: string;
  /** Absolute https:// address, to copy into apps that ask for one (Google Calendar: "Via URL"). */
  url: string;
}

export function feedLinks(filter: AgendaFilter, origin: string): FeedLinks {
  const ics = agendaHref(ICS_PATH, filter);
  const url = new URL(ics, origin).href;
  return { ics, atom: agendaHref(ATOM_PATH, filter), webcal: url.replace(/^https?:/, "webcal:"), url };
}

/** The path of one event's .ics file, which the event page links to. */
export function eventIcsPath(slug: string): string {
  return `/agenda/${encodeURIComponent(slug)}.ics`;
}
