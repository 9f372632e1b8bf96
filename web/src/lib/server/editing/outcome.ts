// What an editor's change came to, as the form shows it. The API's mutations answer with a union
// (the object, or a typed failure with an English message): the site shows its own Dutch text,
// and a bad field's problem beside that field.
import type { MutationAnswer } from "$lib/server/api";

export const API_DOWN_TEXT = "Opslaan lukte niet, want de gegevens van het netwerk zijn even niet bereikbaar. Probeer het over een paar minuten opnieuw.";
export const SIGNED_OUT_TEXT = "Je sessie is verlopen. Log opnieuw in en probeer het nog eens; wat je typte staat hieronder nog.";
export const FORBIDDEN_TEXT = "Je mag dit niet (meer) wijzigen. Vraag een beheerder van je organisatie of de moderator van je regio.";
export const NOT_FOUND_TEXT = "Dit bestaat niet meer. Misschien heeft iemand anders het intussen verwijderd.";
export const INVALID_TEXT = "Een of meer velden kloppen niet.";

/** Field errors by the form's field name. */
export type FieldErrors = Record<string, string>;

/** An answer the form can show: nothing went wrong, or a message above the form, errors beside fields, a conflict. */
export type Outcome<Result> =
  | { ok: true; result: Result }
  | { ok: false; status: number; message?: string; errors: FieldErrors; conflict?: boolean };

interface Problem {
  path: readonly string[];
  message: string;
}

type UnionMember = { __typename?: string; problems?: readonly Problem[] };

/**
 * Reads a mutation's answer. `fieldMessages` holds the Dutch text for each field the API may blame
 * (by the input's field name, the last part of a problem's path), shown beside the form's field
 * (`formFieldOf`, the same name unless the form names it otherwise); a problem of a field the table
 * does not know is shown above the form, so nothing the API said is lost.
 */
export function outcomeOf<Data, Result extends UnionMember, Success extends NonNullable<Result["__typename"]>>(
  answer: MutationAnswer<Data>,
  resultOf: (data: Data) => Result,
  successType: Success,
  fieldMessages: Readonly<Record<string, string>> = {},
  /** The form's name for an input field, where the form asks for it differently (euros for `costCents`). */
  formFieldOf: (apiField: string) => string = (apiField) => apiField,
): Outcome<Extract<Result, { __typename: Success }>> {
  if ("failure" in answer) {
    if (answer.failure === "unauthenticated") return { ok: false, status: 401, message: SIGNED_OUT_TEXT, errors: {} };
    return { ok: false, status: 503, message: API_DOWN_TEXT, errors: {} };
  }
  const result = resultOf(answer.data);
  switch (result.__typename) {
    case successType:
      return { ok: true, result: result as Extract<Result, { __typename: Success }> };
    case "ValidationError": {
      const errors: FieldErrors = {};
      let unplaced = false;
      for (const problem of result.problems ?? []) {
        const field = problem.path[problem.path.length - 1];
        if (field && fieldMessages[field]) errors[formFieldOf(field)] ??= fieldMessages[field];
        else unplaced = true;
      }
      return { ok: false, status: 400, errors, message: unplaced || !Object.keys(errors).length ? INVALID_TEXT : undefined };
    }
    case "ConflictError":
      return { ok: false, status: 409, errors: {}, conflict: true };
    case "ForbiddenError":
      return { ok: false, status: 403, message: FORBIDDEN_TEXT, errors: {} };
    default:
      return { ok: false, status: 404, message: NOT_FOUND_TEXT, errors: {} };
  }
}
