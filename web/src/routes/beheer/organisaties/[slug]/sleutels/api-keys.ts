// An organisation's API keys for its admins and the region's moderators: the list, making one (its
// secret is shown once, in the answer to the form, never in an address) and revoking one.
import { error, fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi, queryApi } from "$lib/server/api";
import { textOf } from "$lib/server/editing/form-values";
import { outcomeOf, type FieldErrors } from "$lib/server/editing/outcome";
import { addDays, parseDate } from "$lib/time";
import { startOfLocalDay } from "$lib/time/zoned";
import { SCOPE_CHOICES } from "./scopes";

const OrganisationApiKeysQuery = graphql(`
  query OrganisationApiKeys($slug: String!) {
    organisation(slug: $slug) {
      id
      slug
      name
      viewerCanManageEditors
      apiKeys {
        id
        name
        prefix
        scopes
        createdBy
        createdAt
        expiresAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on CreatedApiKey {
        secret
        apiKey {
          name
        }
      }
      ... on ValidationError {
        problems {
          path
          message
        }
      }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      __typename
    }
  }
`);

export const KEY_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  name: "Geef de sleutel een naam van 2 tot 100 tekens, bijvoorbeeld de website die hem gebruikt.",
  scopes: "Kies wat de sleutel mag.",
  expiresAt: "Kies een datum na vandaag, of laat het veld leeg.",
};

export interface NewKeyValues {
  name: string;
  scopes: string[];
  expiresOn: string;
}

export async function loadApiKeys(fetch: typeof globalThis.fetch, slug: string, token: string | null) {
  const data = await queryApi(fetch, OrganisationApiKeysQuery, { slug }, "Organisation API keys", { token });
  if (!data.organisation) error(404, "Deze organisatie bestaat niet (meer).");
  if (!data.organisation.viewerCanManageEditors || !data.organisation.apiKeys) {
    error(403, "Alleen beheerders van deze organisatie en de moderatoren van de regio beheren haar API-sleutels.");
  }
  return { ...data.organisation, apiKeys: data.organisation.apiKeys };
}

export async function createKey(event: RequestEvent) {
  const form = await event.request.formData();
  const values: NewKeyValues = { name: textOf(form, "name"), scopes: form.getAll("scopes").map(String), expiresOn: textOf(form, "expiresAt") };
  const scopes = SCOPE_CHOICES.filter((choice) => values.scopes.includes(choice.value)).map((choice) => choice.value);
  const expiresOn = values.expiresOn ? parseDate(values.expiresOn) : undefined;
  const errors: FieldErrors = {};
  if (values.name.length < 2 || values.name.length > 100) errors.name = KEY_FIELD_MESSAGES.name;
  if (!scopes.length) errors.scopes = KEY_FIELD_MESSAGES.scopes;
  if (values.expiresOn && !expiresOn) errors.expiresAt = KEY_FIELD_MESSAGES.expiresAt;
  if (Object.keys(errors).length) return fail(400, { values, errors, message: undefined });

  // "Geldig tot en met" a day: it stops at the end of that day, Amsterdam time.
  const expiresAt = expiresOn ? startOfLocalDay(addDays(expiresOn, 1)).toISOString() : null;
  const input = { name: values.name, scopes, organisation: textOf(form, "id"), expiresAt };
  const answer = await mutateApi(event.fetch, CreateApiKeyMutation, { input }, "Create API key", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.createApiKey, "CreatedApiKey", KEY_FIELD_MESSAGES);
  if (!outcome.ok) return fail(outcome.status, { values, errors: outcome.errors, message: outcome.message });
  return { created: { name: outcome.result.apiKey.name, secret: outcome.result.secret } };
}

export async function revokeKey(event: RequestEvent) {
  const form = await event.request.formData();
  const answer = await mutateApi(event.fetch, RevokeApiKeyMutation, { id: textOf(form, "keyId") }, "Revoke API key", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.revokeApiKey, "ApiKey");
  if (!outcome.ok) return fail(outcome.status, { revokeMessage: outcome.message });
  redirect(303, `${event.url.pathname}?gedaan=ingetrokken`);
}
