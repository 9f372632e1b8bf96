// When an event happens, in the widget's language and layout. Always in the region's own time
// zone, whatever the server's or the reader's: the widget is rendered once and cached for everyone.
import { formatPeriod, TIME_ZONE } from "$lib/format/date";
import type { Lang, Layout } from "./options";

export interface Timed {
  startsAt: string;
  endsAt: string;
  allDay: boolean;
}

const LOCALES: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

function formatter(lang: Lang, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, ...options });
}

const longDate = { nl: formatter("nl", { dateStyle: "full" }), en: formatter("en", { dateStyle: "full" }) };
const shortDate = {
  nl: formatter("nl", { weekday: "short", day: "numeric", month: "short" }),
  en: formatter("en", { weekday: "short", day: "numeric", month: "short" }),
};
// h23: some ICU versions otherwise print midnight as 24:00.
const time = formatter("nl", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dayKey = formatter("en", { year: "numeric", month: "2-digit", day: "2-digit" });

/** "wo 13 jan, 09:30" or "Wed 13 Jan, 09:30": start only, for compact lists. */
export function formatShort(event: Timed, lang: Lang): string {
  const date = shortDate[lang].format(new Date(event.startsAt));
  return event.allDay ? date : `${date}, ${time.format(new Date(event.startsAt))}`;
}

/** The whole period: the site's own Dutch wording, or its English counterpart. */
export function formatLong(event: Timed, lang: Lang): string {
  if (lang === "nl") return formatPeriod(event);
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const sameDay = dayKey.format(start) === dayKey.format(end);
  if (event.allDay) {
    // An all-day end at local midnight belongs to the day before.
    const last = new Date(Math.max(start.getTime(), end.getTime() - 1));
    return dayKey.format(start) === dayKey.format(last)
      ? longDate.en.format(start)
      : `${longDate.en.format(start)} to ${longDate.en.format(last)}`;
  }
  if (end <= start) return `${longDate.en.format(start)}, ${time.format(start)}`;
  if (sameDay) return `${longDate.en.format(start)}, ${time.format(start)}–${time.format(end)}`;
  return `${longDate.en.format(start)}, ${time.format(start)} to ${longDate.en.format(end)}, ${time.format(end)}`;
}

export function formatWhen(event: Timed, lang: Lang, layout: Layout): string {
  return layout === "compact" ? formatShort(event, lang) : formatLong(event, lang);
}
