// What platform admins change of one region: its name and description, a municipality, and its
// moderators (an address without an account gets one, and a mail with where to sign in).
import { fail, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { textOf } from "$lib/server/editing/form-values";
import { outcomeOf } from "$lib/server/editing/outcome";
import { REGION_FIELD_MESSAGES, regionErrors, regionValuesFrom } from "../region-form";


const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($id: ID!, $input: RegionInput!) {
    updateRegion(id: $id, input: $input) {
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

const AddMunicipalityMutation = graphql(`
  mutation AddMunicipality($region: ID!, $input: MunicipalityInput!) {
    addMunicipality(region: $region, input: $input) {
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

const SetModeratorMutation = graphql(`
  mutation SetModerator($region: ID!, $email: String!, $name: String!) {
    setModerator(region: $region, email: $email, name: $name) {
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

const RemoveModeratorMutation = graphql(`
  mutation RemoveModerator($region: ID!, $email: String!) {
    removeModerator(region: $region, email: $email) {
      __typename
    }
  }
`);

export const MUNICIPALITY_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  name: "Vul de officiële naam van de gemeente in, minstens 2 tekens.",
  cbsCode: "Vul een CBS-code in die nog geen andere gemeente heeft: GM en vier cijfers, zoals GM0796.",
};

export const MODERATOR_FIELD_MESSAGES: Readonly<Record<string, string>> = {
  name: "Vul de naam in, minstens 2 tekens.",
  email: "Vul een e-mailadres in zoals naam@organisatie.nl.",
};

const token = (event: RequestEvent) => ({ token: event.locals.sessionToken });

export async function updateRegion(event: RequestEvent) {
  const form = await event.request.formData();
  const values = regionValuesFrom(form);
  const errors = regionErrors(values);
  if (Object.keys(errors).length) return fail(400, { form: "regio" as const, values, errors, message: undefined });
  const answer = await mutateApi(event.fetch, UpdateRegionMutation, { id: textOf(form, "id"), input: values }, "Update region", token(event));
  const outcome = outcomeOf(answer, (data) => data.updateRegion, "Region", REGION_FIELD_MESSAGES);
  if (!outcome.ok) return fail(outcome.status, { form: "regio" as const, values, errors: outcome.errors, message: outcome.message });
  return { form: "regio" as const, done: "De regio is opgeslagen." };
}

export async function addMunicipality(event: RequestEvent) {
  const form = await event.request.formData();
  const values = { name: textOf(form, "name"), cbsCode: textOf(form, "cbsCode") };
  const errors: Record<string, string> = {};
  if (values.name.length < 2) errors.name = MUNICIPALITY_FIELD_MESSAGES.name;
  if (!/^GM\d{4}$/i.test(values.cbsCode)) errors.cbsCode = MUNICIPALITY_FIELD_MESSAGES.cbsCode;
  if (Object.keys(errors).length) return fail(400, { form: "gemeente" as const, values, errors, message: undefined });
  const answer = await mutateApi(event.fetch, AddMunicipalityMutation, { region: textOf(form, "id"), input: values }, "Add municipality", token(event));
  const outcome = outcomeOf(answer, (data) => data.addMunicipality, "Region", MUNICIPALITY_FIELD_MESSAGES);
  if (!outcome.ok) return fail(outcome.status, { form: "gemeente" as const, values, errors: outcome.errors, message: outcome.message });
  return { form: "gemeente" as const, done: `${values.name} hoort nu bij de regio.` };
}

export async function addModerator(event: RequestEvent) {
  const form = await event.request.formData();
  const values = { name: textOf(form, "name"), email: textOf(form, "email") };
  const errors: Record<string, string> = {};
  if (values.name.length < 2) errors.name = MODERATOR_FIELD_MESSAGES.name;
  if (!values.email) errors.email = MODERATOR_FIELD_MESSAGES.email;
  if (Object.keys(errors).length) return fail(400, { form: "moderator" as const, values, errors, message: undefined });
  const answer = await mutateApi(event.fetch, SetModeratorMutation, { region: textOf(form, "id"), ...values }, "Set moderator", token(event));
  const outcome = outcomeOf(answer, (data) => data.setModerator, "Region", MODERATOR_FIELD_MESSAGES);
  if (!outcome.ok) return fail(outcome.status, { form: "moderator" as const, values, errors: outcome.errors, message: outcome.message });
  return { form: "moderator" as const, done: `${values.name} is moderator en krijgt een mail met waar hij of zij inlogt.` };
}

export async function removeModerator(event: RequestEvent) {
  const form = await event.request.formData();
  const email = textOf(form, "email");
  const answer = await mutateApi(event.fetch, RemoveModeratorMutation, { region: textOf(form, "id"), email }, "Remove moderator", token(event));
  const outcome = outcomeOf(answer, (data) => data.removeModerator, "Region");
  if (!outcome.ok) return fail(outcome.status, { form: "verwijderen" as const, values: null, errors: {}, message: outcome.message });
  return { form: "verwijderen" as const, done: `${email} is geen moderator meer.` };
}
