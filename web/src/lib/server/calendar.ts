// The agenda's calendars: the shared VEVENT builder (@techniek-loket/calendar, which the API's
// sign-up mails use too, so an event has one UID and SEQUENCE everywhere) fed with the site's
// Dutch name of each event's kind.
import { buildCalendar as build, type CalendarOptions } from "@techniek-loket/calendar";
import type { AgendaEvent } from "$lib/agenda/events.server";
import { eventKindLabels, label } from "$lib/labels";

export { icsFileName } from "@techniek-loket/calendar";

/** A whole calendar as text/calendar. */
export function buildCalendar(events: readonly AgendaEvent[], options: CalendarOptions): string {
  return build(
    events.map((event) => ({ ...event, category: label(eventKindLabels, event.kind) })),
    options,
  );
}
