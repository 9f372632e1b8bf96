// Adding, changing and switching an offering off and on: what reaches the API and what the editor sees.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { outcomeOfRun, postEvent } from "$lib/server/editing/test-events";
import { actions as editActions } from "./[id]/+page.server";
import { actions as newActions } from "./nieuw/+page.server";
import { OFFERING_FIELD_MESSAGES } from "./offering-form";

const server = fakeApi();

const offeringId = "T2ZmZXJpbmc6Nw==";

const fields = {
  version: "3",
  active: "ja",
  title: "Gastles lassen",
  kind: "GUEST_LESSON",
  summary: "Een vakman laat zien hoe lassen werkt.",
  description: "",
  bookable: "on",
  bookingInfo: "Mail ons.",
  bookingUrl: "",
  durationMinutes: "90",
  maxGroupSize: "",
  cost: "12,50",
  audiences: ["VMBO_YEAR_1", "PO_GROUP_8"],
  leerwegen: ["BB"],
  profiles: ["PIE"],
  actionLines: ["2"],
  themes: [],
};

const expectedInput = {
  title: "Gastles lassen",
  kind: "GUEST_LESSON",
  summary: "Een vakman laat zien hoe lassen werkt.",
  description: "",
  active: true,
  bookable: true,
  bookingInfo: "Mail ons.",
  bookingUrl: null,
  durationMinutes: 90,
  maxGroupSize: null,
  costCents: 1250,
  audiences: ["VMBO_YEAR_1", "PO_GROUP_8"],
  leerwegen: ["BB"],
  profiles: ["PIE"],
  actionLines: [2],
  themes: [],
  imageId: null,
};

describe("adding an offering", () => {
  it("creates it for the organisation and goes to its page", async () => {
    let sent: unknown;
    server.use(
      graphql.mutation("CreateOffering", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { createOffering: { __typename: "Offering", id: offeringId } } });
      }),
    );
    const event = postEvent("/beheer/aanbod/nieuw?/opslaan", { ...fields, version: "", organisation: "org-1" });
    expect(await outcomeOfRun(() => newActions.opslaan(event))).toEqual({ redirect: `/beheer/aanbod/${encodeURIComponent(offeringId)}?toegevoegd` });
    expect(sent).toEqual({ organisation: "org-1", input: expectedInput });
  });

  it("shows the API's refusals beside their fields (the cost in euros), keeping what was typed", async () => {
    server.use(
      graphql.mutation("CreateOffering", () =>
        HttpResponse.json({
          data: {
            createOffering: {
              __typename: "ValidationError",
              message: "x",
              problems: [
                { path: ["input", "title"], message: "title must be at least 3 characters" },
                { path: ["input", "costCents"], message: "costCents must not be negative" },
              ],
            },
          },
        }),
      ),
    );
    const result = await newActions.opslaan(postEvent("/x", { ...fields, title: "Ga", organisation: "org-1" }));
    expect(result).toMatchObject({
      status: 400,
      data: { errors: { title: OFFERING_FIELD_MESSAGES.title, cost: OFFERING_FIELD_MESSAGES.cost }, values: { title: "Ga", audiences: ["VMBO_YEAR_1", "PO_GROUP_8"] } },
    });
  });

  it("refuses numbers it cannot read without asking the API", async () => {
    const result = await newActions.opslaan(postEvent("/x", { ...fields, durationMinutes: "anderhalf uur", cost: "gratis", organisation: "org-1" }));
    expect(result).toMatchObject({ status: 400, data: { errors: { durationMinutes: OFFERING_FIELD_MESSAGES.durationMinutes, cost: OFFERING_FIELD_MESSAGES.cost } } });
  });
});

const stored = {
  __typename: "Offering",
  id: offeringId,
  slug: "gastles-lassen",
  version: 3,
  viewerCanEdit: true,
  title: "Gastles lassen",
  summary: "Een vakman laat zien hoe lassen werkt.",
  description: "",
  kind: "GUEST_LESSON",
  active: true,
  bookable: true,
  bookingInfo: "Mail ons.",
  bookingUrl: null,
  durationMinutes: 90,
  maxGroupSize: null,
  costCents: 1250,
  leerwegen: ["BB"],
  audiences: [{ code: "VMBO_YEAR_1" }, { code: "PO_GROUP_8" }],
  profiles: [{ code: "PIE" }],
  actionLines: [{ number: 2 }],
  themes: [],
  image: { id: "SW1hZ2U6NQ==", url: "http://localhost:4000/images/k/480.webp", alt: "Een lasser aan het werk", width: 960, height: 640 },
  organisation: { id: "org-1", slug: "het-ambachtshuis", name: "Het Ambachtshuis" },
};

describe("changing an offering", () => {
  const post = (body: Record<string, string | string[]>) => postEvent(`/beheer/aanbod/${offeringId}`, body, { params: { id: offeringId } });

  it("saves the whole offering over the loaded version", async () => {
    let sent: unknown;
    server.use(
      graphql.mutation("UpdateOffering", ({ variables }) => {
        sent = variables;
        return HttpResponse.json({ data: { updateOffering: { __typename: "Offering", active: true } } });
      }),
    );
    expect(await editActions.opslaan(post(fields))).toEqual({ saved: true });
    expect(sent).toEqual({ id: offeringId, version: 3, input: expectedInput });
  });

  it("reports a newer save by someone else as a conflict, keeping what was typed", async () => {
    server.use(graphql.mutation("UpdateOffering", () => HttpResponse.json({ data: { updateOffering: { __typename: "ConflictError", message: "x", currentVersion: 4 } } })));
    expect(await editActions.opslaan(post({ ...fields, title: "Mijn nieuwe titel" }))).toMatchObject({ status: 409, data: { conflict: true, values: { title: "Mijn nieuwe titel" } } });
  });

  it("switches it off with its details as stored and the version on the page, and on again", async () => {
    const sent: unknown[] = [];
    server.use(
      graphql.query("EditOffering", () => HttpResponse.json({ data: { node: stored } })),
      graphql.mutation("UpdateOffering", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { updateOffering: { __typename: "Offering", active: variables.input.active } } });
      }),
    );
    expect(await editActions.uitzetten(post({ version: "3" }))).toEqual({ switched: "uit" });
    expect(await editActions.aanzetten(post({ version: "4" }))).toEqual({ switched: "aan" });
    expect(sent).toEqual([
      // Its picture stays: the details are sent as a whole.
      { id: offeringId, version: 3, input: { ...expectedInput, active: false, imageId: stored.image.id } },
      { id: offeringId, version: 4, input: { ...expectedInput, imageId: stored.image.id } },
    ]);
  });
});
