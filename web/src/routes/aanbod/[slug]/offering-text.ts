// An offering's facts in words.
import { formatEuro } from "$lib/money";

/** 90 -> "1 uur en 30 minuten", 45 -> "45 minuten", 120 -> "2 uur". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [...(hours ? [`${hours} uur`] : []), ...(rest ? [`${rest} minuten`] : [])];
  return parts.join(" en ");
}

/** null -> on request; 0 -> free. */
export function formatOfferingCost(cents: number | null | undefined): string {
  if (cents == null) return "Op aanvraag";
  return cents === 0 ? "Gratis" : formatEuro(cents);
}
