// Dutch wording for an event's facts that need more than a label.
import { formatDate, formatTime } from "$lib/time";
import { label, leerwegLabels } from "$lib/labels";
import { formatEuro } from "$lib/money";

/** "Gratis", or e.g. "€ 12,50 per deelnemer". */
export function formatCost(cents: number): string {
  if (cents === 0) return "Gratis";
  return `${formatEuro(cents)} per deelnemer`;
}

/** "vrijdag 4 december 2026 om 12:45 uur" */
export function formatMoment(instant: string): string {
  return `${formatDate(instant)} om ${formatTime(instant)} uur`;
}

const ALL_LEERWEGEN = Object.keys(leerwegLabels);

/** The learning paths in words; null when there is nothing to say (none given means all). */
export function formatLeerwegen(leerwegen: readonly string[]): string | null {
  if (leerwegen.length === 0) return null;
  if (ALL_LEERWEGEN.every((code) => leerwegen.includes(code))) return "Alle leerwegen";
  const names = leerwegen.map((code) => label(leerwegLabels, code));
  const text = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type SignupWindow = "not-yet-open" | "open" | "closed" | "unknown";

/** Where sign-up stands at `now`, from its opening and closing moments. */
export function signupWindow(
  opensAt: string | null | undefined,
  closesAt: string | null | undefined,
  now: string,
): SignupWindow {
  const at = new Date(now).getTime();
  if (opensAt && new Date(opensAt).getTime() > at) return "not-yet-open";
  if (closesAt && new Date(closesAt).getTime() <= at) return "closed";
  return opensAt || closesAt ? "open" : "unknown";
}
