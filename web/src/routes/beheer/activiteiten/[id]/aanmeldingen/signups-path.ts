// The address of an event's sign-ups page in /beheer, and what it says after a change.
import { eventPath } from "../../event-path";

export const SIGNUPS_DONE_TEXTS = {
  geannuleerd: "De aanmelding is geannuleerd. De persoon krijgt je reden per mail; de vrije plaatsen gaan naar de wachtlijst.",
  verplaatst: "De aanmelding is verplaatst. De persoon krijgt de nieuwe activiteit per mail; de vrije plaatsen gaan naar de wachtlijst.",
  aanwezigheid: "De aanwezigheid is opgeslagen.",
} as const;

export type SignupsDone = keyof typeof SIGNUPS_DONE_TEXTS;

export function signupsPath(eventId: string, done?: SignupsDone): string {
  const path = `${eventPath(eventId)}/aanmeldingen`;
  return done ? `${path}?gedaan=${done}` : path;
}

export function signupsDoneText(param: string | null): string | undefined {
  return param && Object.hasOwn(SIGNUPS_DONE_TEXTS, param) ? SIGNUPS_DONE_TEXTS[param as SignupsDone] : undefined;
}

/** The door list (CSV) of the event. */
export const doorListPath = (eventId: string) => `${eventPath(eventId)}/aanmeldingen.csv`;
