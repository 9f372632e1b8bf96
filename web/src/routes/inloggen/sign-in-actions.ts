// The two steps of signing in, as form actions: ask for a code by e-mail, then sign in with it.
// Each answers with the form as it was (SignInForm) and the error beside the field to blame; only a
// correct code sets the session cookie and leaves the page. The API's typed failures (a wrong code,
// too many attempts, a refused address) arrive as data, told apart by `__typename`.
import { fail, redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { mutateApi } from "$lib/server/api";
import { setSessionCookie } from "$lib/server/session/cookie";
import { returnPath } from "$lib/server/session/return-path";
import { limitCodeAttempts, limitCodeRequests, tryAgainIn } from "$lib/server/session/sign-in-limits";
import {
  API_DOWN_TEXT,
  CODE_WRONG_TEXT,
  codeProblem,
  EMAIL_INVALID_TEXT,
  emailProblem,
  normaliseCode,
  type SignInForm,
} from "./sign-in-form";

const RequestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($email: String!) {
    requestSignInCode(email: $email) {
      __typename
      ... on SignInCodeSent {
        email
        expiresInMinutes
      }
      ... on TooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

const SignInWithCodeMutation = graphql(`
  mutation SignInWithCode($email: String!, $code: String!) {
    signInWithCode(email: $email, code: $code) {
      __typename
      ... on SignIn {
        token
        expiresAt
      }
      ... on TooManyRequestsError {
        retryAfterSeconds
      }
    }
  }
`);

async function fieldsOf(event: RequestEvent) {
  const form = await event.request.formData();
  const text = (name: string) => String(form.get(name) ?? "").trim();
  return { email: text("email"), code: text("code"), naar: text("naar") };
}

function emailStep(email: string, naar: string, error?: string): SignInForm {
  return { step: "email", email, code: "", naar, errors: error ? { email: error } : {} };
}

function codeStep(email: string, code: string, naar: string, error?: string): SignInForm {
  return { step: "code", email, code, naar, errors: error ? { code: error } : {} };
}

export async function requestCode(event: RequestEvent) {
  const { email, naar } = await fieldsOf(event);
  const problem = emailProblem(email);
  if (problem) return fail(400, emailStep(email, naar, problem));
  const wait = await limitCodeRequests(event);
  if (wait !== null) return fail(429, emailStep(email, naar, tryAgainIn(wait)));

  const answer = await mutateApi(event.fetch, RequestSignInCodeMutation, { email }, "Sign-in code request");
  // "refused" is input the API would not even take (a control character): the address is to blame.
  if ("failure" in answer && answer.failure === "refused") return fail(400, emailStep(email, naar, EMAIL_INVALID_TEXT));
  if ("failure" in answer) return fail(503, { ...emailStep(email, naar), message: API_DOWN_TEXT });

  const result = answer.data.requestSignInCode;
  switch (result.__typename) {
    case "SignInCodeSent":
      return { ...codeStep(result.email, "", naar), sentMinutes: result.expiresInMinutes } satisfies SignInForm;
    case "TooManyRequestsError":
      return fail(429, emailStep(email, naar, tryAgainIn(result.retryAfterSeconds)));
    case "ValidationError":
      return fail(400, emailStep(email, naar, EMAIL_INVALID_TEXT));
  }
}

export async function signInWithCode(event: RequestEvent) {
  const { email, code, naar } = await fieldsOf(event);
  // The address travels in a hidden field; without a usable one, start again at step 1.
  const badEmail = emailProblem(email);
  if (badEmail) return fail(400, emailStep(email, naar, badEmail));
  const badCode = codeProblem(code);
  if (badCode) return fail(400, codeStep(email, code, naar, badCode));
  const wait = await limitCodeAttempts(event);
  if (wait !== null) return fail(429, codeStep(email, code, naar, tryAgainIn(wait)));

  const answer = await mutateApi(event.fetch, SignInWithCodeMutation, { email, code: normaliseCode(code) }, "Sign-in with code");
  if ("failure" in answer && answer.failure === "refused") return fail(400, emailStep(email, naar, EMAIL_INVALID_TEXT));
  if ("failure" in answer) return fail(503, { ...codeStep(email, code, naar), message: API_DOWN_TEXT });

  const result = answer.data.signInWithCode;
  switch (result.__typename) {
    case "SignIn":
      setSessionCookie(event.cookies, result.token, result.expiresAt);
      redirect(303, returnPath(naar));
    case "InvalidSignInCodeError":
      return fail(400, codeStep(email, code, naar, CODE_WRONG_TEXT));
    case "TooManyRequestsError":
      return fail(429, codeStep(email, code, naar, tryAgainIn(result.retryAfterSeconds)));
    case "ValidationError":
      return fail(400, emailStep(email, naar, EMAIL_INVALID_TEXT));
  }
}
