// The address of an event in /beheer: its global ID, the API's stable name for it, which stays the
// same when its title (and so its public slug) changes and is what every mutation takes.

/** What the event's page says after a change, from the `gedaan` parameter of its address. */
export const DONE_TEXTS = {
  aangemaakt: "De activiteit is opgeslagen als concept. Klopt alles? Dien de activiteit dan in.",
  opgeslagen: "Je wijzigingen zijn opgeslagen.",
  ingediend: "De activiteit is ingediend. Een moderator van je regio bekijkt de activiteit en publiceert die, of stuurt die terug met een reden.",
  gepubliceerd: "De activiteit is gepubliceerd en staat nu in de agenda.",
  teruggestuurd: "De activiteit is teruggestuurd. De redacteuren krijgen je reden per mail en kunnen de activiteit aanpassen en opnieuw indienen.",
  geannuleerd: "De activiteit is geannuleerd. Die blijft met de reden in de agenda en in agenda-abonnementen staan, zodat iedereen het ziet.",
} as const;

export type Done = keyof typeof DONE_TEXTS;

export function eventPath(id: string, done?: Done): string {
  const path = `/beheer/activiteiten/${encodeURIComponent(id)}`;
  return done ? `${path}?gedaan=${done}` : path;
}

export function doneText(param: string | null): string | undefined {
  return param && Object.hasOwn(DONE_TEXTS, param) ? DONE_TEXTS[param as Done] : undefined;
}
