// The sign-up form's action: the site's own checks, the robots' field, the API's answers in Dutch,
// and the redirect to the manage page on success.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { formPost, outcome } from "../../beheer/activiteiten/fake-posts";
import { actions } from "./+page.server";
import { CLOSED_TEXT, SEND_FAILED_TEXT, TOO_MANY_TEXT } from "./signup-action";
import { SIGNUP_FIELD_MESSAGES } from "./signup-form";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

const server = fakeApi();

type ActionEvent = Parameters<typeof actions.aanmelden>[0];

const goodForm = {
  name: "Ans de Vries",
  email: "ans@linde.example",
  organisation: "Basisschool De Linde",
  groupLabel: "groep 7b",
  groupSize: "24",
  phone: "",
  remark: "",
  privacy: "on",
};

let clientNumber = 0;

function post(fields: Record<string, string>, client = `192.0.2.${++clientNumber}`) {
  const event = { request: formPost(fields), fetch: globalThis.fetch, params: { slug: "techlab-oss" }, getClientAddress: () => client };
  return outcome(() => actions.aanmelden(event as unknown as ActionEvent));
}

/** The API's answers: the event, the directory, and the sign-up; returns what the mutation was sent. */
function api(answer: object, organisations: { id: string; name: string }[] = []) {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.query("SignupEvent", () => HttpResponse.json({ data: { event: { id: "RXZlbnQ6Nw==" } } })),
    graphql.query("SignupOrganisationLookup", () => HttpResponse.json({ data: { organisations: { edges: organisations.map((node) => ({ node })) } } })),
    graphql.mutation("SignUpForEvent", ({ variables }) => {
      sent.push(variables.input);
      return HttpResponse.json({ data: { signUpForEvent: answer } });
    }),
  );
  return sent;
}

describe("signing up for an event", () => {
  it("sends the sign-up and opens its manage page, with a directory organisation as its ID", async () => {
    const sent = api({ __typename: "SignupWithToken", manageToken: "abcdefghijklmnopqrstuvwxyz234567" }, [{ id: "T3JnOjM=", name: "basisschool de linde" }]);
    expect(await post(goodForm)).toEqual({ redirect: "/aanmelding/abcdefghijklmnopqrstuvwxyz234567" });
    expect(sent).toEqual([
      {
        eventId: "RXZlbnQ6Nw==",
        name: "Ans de Vries",
        email: "ans@linde.example",
        organisationId: "T3JnOjM=",
        organisationName: null,
        groupLabel: "groep 7b",
        groupSize: 24,
        phone: null,
        remark: null,
        acceptedPrivacyStatement: true,
      },
    ]);
  });

  it("sends an organisation not in the directory as typed", async () => {
    const sent = api({ __typename: "SignupWithToken", manageToken: "abcdefghijklmnopqrstuvwxyz234567" }, [{ id: "T3JnOjM=", name: "Basisschool De Linde Oss" }]);
    await post(goodForm);
    expect(sent[0]).toMatchObject({ organisationId: null, organisationName: "Basisschool De Linde" });
  });

  it("thanks a robot that filled in the hidden field, and asks the API nothing", async () => {
    const sent = api({ __typename: "SignupWithToken", manageToken: "x" });
    expect(await post({ ...goodForm, website: "https://spam.example" })).toEqual({ redirect: "/agenda/techlab-oss?aanmelding=ontvangen" });
    expect(sent).toEqual([]);
  });

  it("refuses what the site can check itself, keeping what was typed", async () => {
    const sent = api({ __typename: "SignupWithToken", manageToken: "x" });
    const form = { ...goodForm, email: "ans@", groupSize: "veel", privacy: "" };
    delete (form as Partial<typeof form>).privacy;
    expect(await post(form)).toEqual({
      status: 400,
      data: {
        values: { ...goodForm, email: "ans@", groupSize: "veel", privacy: false },
        errors: { email: SIGNUP_FIELD_MESSAGES.email, groupSize: SIGNUP_FIELD_MESSAGES.groupSize, privacy: SIGNUP_FIELD_MESSAGES.privacy },
        message: undefined,
      },
    });
    expect(sent).toEqual([]);
  });

  it("puts the API's field problems beside the form's fields", async () => {
    api({ __typename: "ValidationError", problems: [{ path: ["input", "phone"], message: "phone is not a phone number" }] });
    expect(await post({ ...goodForm, phone: "bel me" })).toMatchObject({ status: 400, data: { errors: { phone: SIGNUP_FIELD_MESSAGES.phone } } });
  });

  it("says so when sign-up closed meanwhile, when the API limits, and when it is down", async () => {
    api({ __typename: "ConflictError", message: "closed" });
    expect(await post(goodForm)).toMatchObject({ status: 409, data: { message: CLOSED_TEXT, values: { name: "Ans de Vries" } } });
    api({ __typename: "TooManyRequestsError", retryAfterSeconds: 60 });
    expect(await post(goodForm)).toMatchObject({ status: 429, data: { message: TOO_MANY_TEXT } });
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("SignupEvent", () => HttpResponse.json({ errors: [{ message: "boom" }] }, { status: 500 })));
    expect(await post(goodForm)).toMatchObject({ status: 503, data: { message: SEND_FAILED_TEXT } });
  });

  it("limits the sign-ups of one visitor's address, as the API cannot tell the site's visitors apart", async () => {
    const sent = api({ __typename: "SignupWithToken", manageToken: "abcdefghijklmnopqrstuvwxyz234567" });
    for (let i = 0; i < 20; i++) await post(goodForm, "198.51.100.9");
    expect(await post(goodForm, "198.51.100.9")).toMatchObject({ status: 429, data: { message: TOO_MANY_TEXT } });
    expect(sent).toHaveLength(20);
    expect(await post(goodForm, "198.51.100.10")).toEqual({ redirect: "/aanmelding/abcdefghijklmnopqrstuvwxyz234567" });
  });
});
