// /privacy: what the platform keeps, why and how long, in plain Dutch. The retention period of
// sign-up contact data is a setting of the API, so the page asks the API for it.
import { graphql } from "$lib/graphql/generated";
import { queryApi } from "$lib/server/api";
import type { PageServerLoad } from "./$types";

export const csr = false;

const PrivacyQuery = graphql(`
  query Privacy {
    signupRetentionMonths
  }
`);

export const load: PageServerLoad = async ({ fetch }) => {
  const data = await queryApi(fetch, PrivacyQuery, {}, "Privacy");
  return { signupRetentionMonths: data.signupRetentionMonths };
};
