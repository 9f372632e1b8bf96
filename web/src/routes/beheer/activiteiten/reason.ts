// The reason a moderator gives for a rejection, or an editor for a cancellation: the editors read
// the first in their mail, visitors the second on the event's page. The API wants 3 to 2000 characters.
import { textOf } from "$lib/server/editing/form-values";

export const REASON_MISSING_TEXT = "Schrijf de reden op, in minstens 3 tekens.";
export const REASON_TOO_LONG_TEXT = "De reden is te lang: maximaal 2000 tekens.";

export function reasonFrom(form: FormData): { reason: string; error?: string } {
  const reason = textOf(form, "reason");
  if (reason.length < 3) return { reason, error: REASON_MISSING_TEXT };
  if (reason.length > 2000) return { reason, error: REASON_TOO_LONG_TEXT };
  return { reason };
}
