// Reading the forms of the sign-ups page, with the Dutch text beside each field. The rules are the
// API's (mailSignups: subject 3 to 150 and message 10 to 5000 characters; recordAttendance: a
// count of 0 to 1000 people); checking them here first keeps what was typed and saves a round trip.
import { isTicked, textOf, wholeNumber } from "$lib/server/editing/form-values";
import type { FieldErrors } from "$lib/server/editing/outcome";

export const MAIL_TEXTS = {
  subject: "Schrijf een onderwerp van 3 tot 150 tekens.",
  message: "Schrijf een bericht van 10 tot 5000 tekens.",
  noOne: "Er is niemand om te mailen: nog niemand heeft een bevestigde plaats. Vink de wachtlijst aan om die te mailen.",
  tooMany: (hours: number) => `Je hebt vandaag al het maximale aantal berichten voor deze activiteit verstuurd. Probeer het over ${hours === 1 ? "een uur" : `${hours} uur`} opnieuw.`,
} as const;

export const ATTENDANCE_TEXTS = {
  choice: "Kies of de groep is gekomen.",
  count: "Vul in hoeveel mensen er kwamen: een heel getal van 0 tot 1000.",
  notStarted: "De aanwezigheid kun je pas vastleggen als de activiteit begonnen is.",
} as const;

export const MOVE_TEXTS = {
  choose: "Kies de activiteit waar de aanmelding naartoe gaat.",
  conflict:
    "Dat kan niet: de persoon is al aangemeld voor die activiteit, de aanmelding is intussen geannuleerd, of een van beide activiteiten is begonnen of neemt geen aanmeldingen meer aan.",
} as const;

export interface MailValues {
  subject: string;
  message: string;
  includeWaiting: boolean;
}

export function mailFrom(form: FormData): { values: MailValues; errors: FieldErrors } {
  const values = { subject: textOf(form, "subject"), message: textOf(form, "message"), includeWaiting: isTicked(form, "includeWaiting") };
  const errors: FieldErrors = {};
  if (values.subject.length < 3 || values.subject.length > 150) errors.subject = MAIL_TEXTS.subject;
  if (values.message.length < 10 || values.message.length > 5000) errors.message = MAIL_TEXTS.message;
  return { values, errors };
}

export interface AttendanceValues {
  signupId: string;
  /** "ja", "nee", or "" when neither was chosen. */
  attended: string;
  count: string;
}

/** The attendance form of one row; the count matters only when the group came. */
export function attendanceFrom(form: FormData): { values: AttendanceValues; attended?: boolean; count?: number | null; error?: string } {
  const values = { signupId: textOf(form, "signupId"), attended: textOf(form, "attended"), count: textOf(form, "count") };
  if (values.attended !== "ja" && values.attended !== "nee") return { values, error: ATTENDANCE_TEXTS.choice };
  if (values.attended === "nee") return { values, attended: false, count: null };
  const count = wholeNumber(values.count);
  if (count === undefined || (count !== null && count > 1000)) return { values, error: ATTENDANCE_TEXTS.count };
  return { values, attended: true, count };
}
