// Marking an organisation as trusted (its events are published without a moderator's check), or no
// longer: for the region's moderators.
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { textOf } from "$lib/server/editing/form-values";
import { outcomeOf } from "$lib/server/editing/outcome";

const SetOrganisationTrustedMutation = graphql(`
  mutation SetOrganisationTrusted($organisation: ID!, $trusted: Boolean!) {
    setOrganisationTrusted(organisation: $organisation, trusted: $trusted) {
      __typename
      ... on Organisation {
        trusted
      }
    }
  }
`);

export async function setTrusted(event: RequestEvent) {
  const form = await event.request.formData();
  const variables = { organisation: textOf(form, "id"), trusted: textOf(form, "trusted") === "ja" };
  const answer = await mutateApi(event.fetch, SetOrganisationTrustedMutation, variables, "Set organisation trusted", { token: event.locals.sessionToken });
  const outcome = outcomeOf(answer, (data) => data.setOrganisationTrusted, "Organisation");
  if (!outcome.ok) return fail(outcome.status, { form: "vertrouwd" as const, errors: {}, message: outcome.message });
  return { form: "vertrouwd" as const, trusted: variables.trusted };
}
