// What the sign-in forms show after a post: which step, what was typed, and each error beside its
// field (`errors`) or, when no field is to blame, above the form (`message`).

export type SignInStep = "email" | "code";

export interface SignInForm {
  step: SignInStep;
  email: string;
  /** The code as typed, so a typo can be corrected rather than retyped. */
  code: string;
  /** The page under /beheer to go to after signing in (see returnPath). */
  naar: string;
  /** Set when a code was just sent: the page says so, and for how long it is valid. */
  sentMinutes?: number;
  errors: { email?: string; code?: string };
  message?: string;
}

export const API_DOWN_TEXT = "Inloggen lukt nu even niet, want de gegevens van het netwerk zijn niet bereikbaar. Probeer het over een paar minuten opnieuw.";
export const EMAIL_MISSING_TEXT = "Vul je e-mailadres in.";
export const EMAIL_INVALID_TEXT = "Vul een e-mailadres in zoals naam@school.nl.";
export const CODE_INVALID_TEXT = "Vul de 6 cijfers uit de mail in.";
export const CODE_WRONG_TEXT = "Deze code klopt niet, is verlopen of al gebruikt. Controleer de code of vraag een nieuwe aan.";

/** The most an address can be (RFC 5321), as the API checks too. */
const MAX_EMAIL_LENGTH = 254;

/** A first check in the site, so a typo gets a Dutch answer without asking the API. */
export function emailProblem(email: string): string | undefined {
  if (!email) return EMAIL_MISSING_TEXT;
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return EMAIL_INVALID_TEXT;
  return undefined;
}

/** Codes copied from a mail may carry spaces; the API forgives them too. */
export const normaliseCode = (code: string) => code.replace(/\s/g, "");

export function codeProblem(code: string): string | undefined {
  return /^\d{6}$/.test(normaliseCode(code)) ? undefined : CODE_INVALID_TEXT;
}
