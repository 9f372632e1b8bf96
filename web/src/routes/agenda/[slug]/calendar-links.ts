// "Zet in je agenda" links for web calendars that take an event in their address: Google Calendar
// and Outlook on the web. Apple Agenda and desktop Outlook use the .ics download instead.
import { addDays, localDays, TIME_ZONE } from "$lib/time";

export interface CalendarEntry {
  title: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  /** Plain text: a short description and the event page's address. */
  details: string;
  /** The address, or the online link. */
  location: string;
}

// encodeURIComponent, not URLSearchParams: that writes spaces as "+", which Outlook shows as is.
function queryString(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
}

/** "2026-12-04T11:45:00.000Z" -> "20261204T114500Z" */
function utcBasic(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** "2026-12-04T11:45:00.000Z" -> "2026-12-04T11:45:00Z" */
function utcExtended(instant: string): string {
  return new Date(instant).toISOString().replace(/\.\d{3}/, "");
}

/** An end that is not after the start would be refused; such an event gets its start as end. */
function endOf(entry: CalendarEntry): string {
  return new Date(entry.endsAt).getTime() > new Date(entry.startsAt).getTime() ? entry.endsAt : entry.startsAt;
}

/**
 * Google Calendar's template link. Timed events in UTC; all-day events as local dates with an
 * exclusive end (the day after the last day), as Google wants them.
 */
export function googleCalendarUrl(entry: CalendarEntry): string {
  let dates: string;
  if (entry.allDay) {
    const { first, last } = localDays(entry.startsAt, entry.endsAt);
    dates = `${first.replace(/-/g, "")}/${addDays(last, 1).replace(/-/g, "")}`;
  } else {
    dates = `${utcBasic(entry.startsAt)}/${utcBasic(endOf(entry))}`;
  }
  return `https://calendar.google.com/calendar/render?${queryString({
    action: "TEMPLATE",
    text: entry.title,
    dates,
    details: entry.details,
    location: entry.location,
    ctz: TIME_ZONE,
  })}`;
}

/** Outlook on the web's compose link (outlook.office.com, for work and school accounts). */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  let startdt: string;
  let enddt: string;
  if (entry.allDay) {
    const { first, last } = localDays(entry.startsAt, entry.endsAt);
    startdt = first;
    enddt = addDays(last, 1);
  } else {
    startdt = utcExtended(entry.startsAt);
    enddt = utcExtended(endOf(entry));
  }
  return `https://outlook.office.com/calendar/0/deeplink/compose?${queryString({
    subject: entry.title,
    startdt,
    enddt,
    body: entry.details,
    location: entry.location,
    allday: String(entry.allDay),
    path: "/calendar/action/compose",
    rru: "addevent",
  })}`;
}
