// Editing an organisation: who sees which forms, and each answer of the API as the editor sees it.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { API_DOWN_TEXT, SIGNED_OUT_TEXT } from "$lib/server/editing/outcome";
import { outcomeOfRun, postEvent } from "$lib/server/editing/test-events";
import { actions, load } from "./+page.server";
import { PROFILE_FIELD_MESSAGES } from "./profile-form";

const server = fakeApi();

const organisation = {
  id: "T3JnYW5pc2F0aW9uOjE=",
  slug: "het-ambachtshuis",
  name: "Het Ambachtshuis",
  kind: "VMBO_SCHOOL",
  version: 4,
  viewerCanEdit: true,
  viewerCanManageEditors: true,
  viewerCanModerate: false,
  trusted: false,
  description: "Een school.",
  website: null,
  email: "info@ambachtshuis.example",
  phone: null,
  street: "Kerkstraat 1",
  postalCode: "5341 AB",
  city: "Oss",
  latitude: 51.7654,
  longitude: 5.5176,
  hasTechlab: true,
  profiles: [{ code: "PIE" }],
  region: { slug: "noordoost-brabant", name: "Noordoost-Brabant" },
  editors: [{ name: "Sanne Schakel", email: "school@techniekloket.example", role: "ADMIN" }],
};

const viewerWith = (memberships: object[], moderatedRegions: object[] = []) => ({ name: "X", email: "x@example.nl", platformAdmin: false, memberships, moderatedRegions });
const adminOfIt = viewerWith([{ role: "ADMIN", organisation: { name: organisation.name, slug: organisation.slug } }]);

function loadAs(viewer: object, answer: object = organisation) {
  let authorization: string | null = null;
  server.use(
    graphql.query("EditOrganisation", ({ request }) => {
      authorization = request.headers.get("authorization");
      return HttpResponse.json({ data: { organisation: answer, profiles: [{ code: "PIE", name: "Produceren, Installeren en Energie", technical: true }] } });
    }),
  );
  const event = { fetch: globalThis.fetch, params: { slug: organisation.slug }, parent: async () => ({ viewer }), locals: { sessionToken: "token-1" } };
  return { result: outcomeOfRun(() => load(event as never)), authorization: () => authorization };
}

describe("the organisation's editing page", () => {
  it("loads the profile with the viewer's token, as the form shows it", async () => {
    const { result, authorization } = loadAs(adminOfIt);
    expect(await result).toMatchObject({
      profileValues: { description: "Een school.", website: "", latitude: "51,7654", hasTechlab: true, profiles: ["PIE"], version: "4" },
      canManageEditors: true,
      canModerate: false,
    });
    expect(authorization()).toBe("Bearer token-1");
  });

  it("shows the editors and trust as the API says the viewer may manage them", async () => {
    const editor = viewerWith([{ role: "EDITOR", organisation: { name: organisation.name, slug: organisation.slug } }]);
    expect(await loadAs(editor, { ...organisation, viewerCanManageEditors: false }).result).toMatchObject({ canManageEditors: false, canModerate: false });
    const moderator = viewerWith([], [{ name: "Noordoost-Brabant", slug: "noordoost-brabant" }]);
    expect(await loadAs(moderator, { ...organisation, viewerCanModerate: true }).result).toMatchObject({ canManageEditors: true, canModerate: true });
  });

  it("answers 403 to a viewer who may not edit it, 404 for an unknown organisation", async () => {
    expect(await loadAs(adminOfIt, { ...organisation, viewerCanEdit: false }).result).toEqual({ status: 403 });
    server.use(graphql.query("EditOrganisation", () => HttpResponse.json({ data: { organisation: null, profiles: [] } })));
    expect(await outcomeOfRun(() => load({ fetch, params: { slug: "x" }, parent: async () => ({ viewer: adminOfIt }), locals: { sessionToken: "t" } } as never))).toEqual({ status: 404 });
  });
});

const profileFields = {
  id: organisation.id,
  version: "4",
  description: "Nieuwe tekst.",
  website: "",
  email: "info@ambachtshuis.example",
  phone: "",
  street: "Kerkstraat 1",
  postalCode: "5341AB",
  city: "Oss",
  latitude: "51,7654",
  longitude: "5,5176",
  hasTechlab: "on",
  profiles: ["PIE", "BWI"],
};

const postProfile = (fields: Record<string, string | string[]> = profileFields) => postEvent("/beheer/organisaties/het-ambachtshuis?/profiel", fields);

describe("saving the profile", () => {
  it("sends the whole profile over the loaded version, empty fields as null", async () => {
    let sent: unknown;
    server.use(
      graphql.mutation("UpdateOrganisation", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { updateOrganisation: { __typename: "Organisation", version: 5 } } });
      }),
    );
    expect(await actions.profiel(postProfile())).toEqual({ form: "profiel", saved: true });
    expect(sent).toEqual({
      id: organisation.id,
      version: 4,
      input: {
        description: "Nieuwe tekst.",
        website: null,
        email: "info@ambachtshuis.example",
        phone: null,
        street: "Kerkstraat 1",
        postalCode: "5341AB",
        city: "Oss",
        latitude: 51.7654,
        longitude: 5.5176,
        hasTechlab: true,
        profiles: ["PIE", "BWI"],
        imageId: null,
        logoId: null,
      },
    });
  });

  it("keeps the picture and the logo the profile has", async () => {
    let sent: { input: Record<string, unknown> } | undefined;
    server.use(
      graphql.query("ImagePreview", ({ variables }) =>
        HttpResponse.json({ data: { node: { __typename: "Image", id: variables.id, url: "http://localhost:4000/images/k/480.webp", alt: "Het logo", width: 480, height: 240 } } }),
      ),
      graphql.mutation("UpdateOrganisation", ({ variables }) => {
        sent = variables as typeof sent;
        return HttpResponse.json({ data: { updateOrganisation: { __typename: "Organisation", version: 5 } } });
      }),
    );
    expect(await actions.profiel(postProfile({ ...profileFields, imageId: "SW1hZ2U6MQ==", logoId: "SW1hZ2U6Mg==" }))).toEqual({ form: "profiel", saved: true });
    expect(sent?.input).toMatchObject({ imageId: "SW1hZ2U6MQ==", logoId: "SW1hZ2U6Mg==" });
  });

  it("puts each refused field's Dutch text beside it and keeps what was typed", async () => {
    server.use(
      graphql.mutation("UpdateOrganisation", () =>
        HttpResponse.json({ data: { updateOrganisation: { __typename: "ValidationError", message: "x", problems: [{ path: ["input", "postalCode"], message: "postalCode must be a Dutch postcode such as 5341 AB" }] } } }),
      ),
    );
    const result = await actions.profiel(postProfile({ ...profileFields, postalCode: "53411" }));
    expect(result).toMatchObject({ status: 400, data: { form: "profiel", errors: { postalCode: PROFILE_FIELD_MESSAGES.postalCode }, values: { postalCode: "53411", description: "Nieuwe tekst." } } });
  });

  it("refuses coordinates it cannot read without asking the API", async () => {
    const result = await actions.profiel(postProfile({ ...profileFields, latitude: "noord" }));
    expect(result).toMatchObject({ status: 400, data: { errors: { latitude: PROFILE_FIELD_MESSAGES.latitude }, values: { latitude: "noord" } } });
  });

  it("reports a newer save by someone else as a conflict, keeping what was typed", async () => {
    server.use(graphql.mutation("UpdateOrganisation", () => HttpResponse.json({ data: { updateOrganisation: { __typename: "ConflictError", message: "x", currentVersion: 5 } } })));
    expect(await actions.profiel(postProfile())).toMatchObject({ status: 409, data: { conflict: true, values: { description: "Nieuwe tekst." } } });
  });

  it("says so when the session ended or the API is down", async () => {
    server.use(graphql.mutation("UpdateOrganisation", () => HttpResponse.json({ data: null, errors: [{ message: "Sign in", extensions: { code: "UNAUTHENTICATED" } }] })));
    expect(await actions.profiel(postProfile())).toMatchObject({ status: 401, data: { message: SIGNED_OUT_TEXT } });
    server.use(graphql.mutation("UpdateOrganisation", () => HttpResponse.error()));
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await actions.profiel(postProfile())).toMatchObject({ status: 503, data: { message: API_DOWN_TEXT } });
  });
});

describe("managing editors and trust", () => {
  it("adds an editor with a name, an address and a role", async () => {
    let sent: unknown;
    server.use(
      graphql.mutation("SetEditor", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { setEditor: { __typename: "Organisation" } } });
      }),
    );
    const fields = { id: organisation.id, name: "Piet Techniek", email: "piet@ambachtshuis.example", role: "ADMIN" };
    expect(await actions.redacteurToevoegen(postEvent("/x?/redacteurToevoegen", fields))).toEqual({ form: "redacteur", added: "Piet Techniek" });
    expect(sent).toEqual({ organisation: organisation.id, name: "Piet Techniek", email: "piet@ambachtshuis.example", role: "ADMIN" });
  });

  it("asks for a name and an address first, and shows the API's refusal of an address beside it", async () => {
    expect(await actions.redacteurToevoegen(postEvent("/x", { id: "1", name: "", email: "" }))).toMatchObject({ status: 400, data: { errors: { name: expect.any(String), email: expect.any(String) } } });
    server.use(graphql.mutation("SetEditor", () => HttpResponse.json({ data: { setEditor: { __typename: "ValidationError", message: "x", problems: [{ path: ["email"], message: "email is not an e-mail address" }] } } })));
    expect(await actions.redacteurToevoegen(postEvent("/x", { id: "1", name: "Piet", email: "piet" }))).toMatchObject({
      status: 400,
      data: { form: "redacteur", values: { name: "Piet", email: "piet" }, errors: { email: "Vul een e-mailadres in zoals naam@school.nl." } },
    });
  });

  it("removes an editor, and says so when the viewer may not", async () => {
    server.use(graphql.mutation("RemoveEditor", () => HttpResponse.json({ data: { removeEditor: { __typename: "Organisation" } } })));
    expect(await actions.redacteurVerwijderen(postEvent("/x", { id: "1", email: "piet@ambachtshuis.example" }))).toEqual({ form: "verwijderen", removed: "piet@ambachtshuis.example" });
    server.use(graphql.mutation("RemoveEditor", () => HttpResponse.json({ data: { removeEditor: { __typename: "ForbiddenError", message: "x" } } })));
    expect(await actions.redacteurVerwijderen(postEvent("/x", { id: "1", email: "piet@ambachtshuis.example" }))).toMatchObject({ status: 403 });
  });

  it("marks the organisation trusted, or no longer", async () => {
    let sent: unknown;
    server.use(
      graphql.mutation("SetOrganisationTrusted", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { setOrganisationTrusted: { __typename: "Organisation", trusted: true } } });
      }),
    );
    expect(await actions.vertrouwd(postEvent("/x", { id: "1", trusted: "ja" }))).toEqual({ form: "vertrouwd", trusted: true });
    expect(sent).toEqual({ organisation: "1", trusted: true });
  });
});
