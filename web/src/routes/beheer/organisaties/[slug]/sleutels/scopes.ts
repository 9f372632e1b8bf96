// What an API key may do, as the form offers it and the list names it.
import type { ApiKeyScope } from "$lib/graphql/generated/graphql";

/** The scopes in the order the form offers them, with what each lets a partner do. */
export const SCOPE_CHOICES: readonly { value: ApiKeyScope; label: string }[] = [
  { value: "EVENTS_WRITE", label: "Activiteiten schrijven: toevoegen, wijzigen, indienen, annuleren" },
  { value: "OFFERINGS_WRITE", label: "Aanbod schrijven: toevoegen en wijzigen" },
  { value: "SIGNUPS_READ", label: "Aanmeldingen lezen, met contactgegevens" },
];
