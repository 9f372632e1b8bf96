// When an event happens, in the widget's language and layout. The wording lives with the site's
// own in $lib/time, always in the region's zone: the widget is rendered once and cached for everyone.
import { formatPeriod, formatPeriodInEnglish, formatShortStart, formatShortStartInEnglish, type Period } from "$lib/time";
import type { Lang, Layout } from "./options";

export function formatWhen(event: Period, lang: Lang, layout: Layout): string {
  if (layout === "compact") return lang === "en" ? formatShortStartInEnglish(event) : formatShortStart(event);
  return lang === "en" ? formatPeriodInEnglish(event) : formatPeriod(event);
}
