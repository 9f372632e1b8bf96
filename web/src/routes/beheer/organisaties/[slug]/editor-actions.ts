// Adding an editor (or changing one's role) and removing one, for the organisation's ADMIN editors
// and its region's moderators. An address without an account gets one, so its owner can sign in.
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { EditorRole } from "$lib/graphql/generated/graphql";
import { mutateApi } from "$lib/server/api";
import { textOf } from "$lib/server/editing/form-values";
import { outcomeOf, type FieldErrors } from "$lib/server/editing/outcome";

const SetEditorMutation = graphql(`
  mutation SetEditor($organisation: ID!, $email: String!, $name: String!, $role: EditorRole!) {
    setEditor(organisation: $organisation, email: $email, name: $name, role: $role) {
      __typename
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const RemoveEditorMutation = graphql(`
  mutation RemoveEditor($organisation: ID!, $email: String!) {
    removeEditor(organisation: $organisation, email: $email) {
      __typename
    }
  }
`);

export const EDITOR_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  name: "Vul de naam in, minstens 2 tekens.",
  email: "Vul een e-mailadres in zoals naam@school.nl.",
};

const ROLES: readonly EditorRole[] = ["EDITOR", "ADMIN"];

export interface NewEditorValues {
  name: string;
  email: string;
  role: string;
}

export async function addEditor(event: RequestEvent) {
  const form = await event.request.formData();
  const values: NewEditorValues = { name: textOf(form, "name"), email: textOf(form, "email"), role: textOf(form, "role") };
  const role = ROLES.find((known) => known === values.role) ?? "EDITOR";
  const errors: FieldErrors = {};
  if (values.name.length < 2) errors.name = EDITOR_FIELD_MESSAGES.name;
  if (!values.email) errors.email = EDITOR_FIELD_MESSAGES.email;
  if (Object.keys(errors).length) return fail(400, { form: "redacteur" as const, values, errors });

  const variables = { organisation: textOf(form, "id"), email: values.email, name: values.name, role };
  const answer = await mutateApi(event.fetch, SetEditorMutation, variables, "Set editor", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.setEditor, "Organisation", EDITOR_FIELD_MESSAGES);
  if (!outcome.ok) return fail(outcome.status, { form: "redacteur" as const, values, errors: outcome.errors, message: outcome.message });
  return { form: "redacteur" as const, added: values.name };
}

export async function removeEditor(event: RequestEvent) {
  const form = await event.request.formData();
  const email = textOf(form, "email");
  const variables = { organisation: textOf(form, "id"), email };
  const answer = await mutateApi(event.fetch, RemoveEditorMutation, variables, "Remove editor", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.removeEditor, "Organisation");
  if (!outcome.ok) return fail(outcome.status, { form: "verwijderen" as const, errors: {}, message: outcome.message });
  return { form: "verwijderen" as const, removed: email };
}
