// Asking for a bookable offering: what reaches the API, and what the teacher sees when it refuses.
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { outcomeOfRun, postEvent } from "$lib/server/editing/test-events";
import { actions, load } from "./+page.server";
import { TOO_MANY_TEXT } from "./booking-action";
import { BOOKING_FIELD_MESSAGES } from "./booking-form";

const server = fakeApi();

const offering = {
  id: "T2ZmZXJpbmc6Nw==",
  slug: "warmtewerk-gastles",
  title: "Gastles installatietechniek",
  summary: "Een vakman vertelt.",
  description: "",
  kind: "GUEST_LESSON",
  bookable: true,
  bookingInfo: "",
  bookingUrl: null,
  durationMinutes: 90,
  maxGroupSize: 30,
  costCents: 0,
  leerwegen: [],
  audiences: [],
  profiles: [],
  themes: [],
  actionLines: [],
  organisation: { slug: "warmtewerk-installaties", name: "Warmtewerk Installaties", city: "Veghel" },
};

const fields = {
  preferredDates: "Dinsdagen in maart",
  groupSize: "24",
  groupLabel: "2 vmbo",
  school: "het ambachtshuis",
  name: "Dirk Docent",
  email: "dirk@school.example",
  phone: "",
  remark: "",
  privacy: "on",
  website: "",
};

const post = (values: Record<string, string> = fields) => postEvent(`/aanbod/${offering.slug}?/aanvragen`, values, { params: { slug: offering.slug }, locals: { sessionToken: null } });

function answerOffering(answer: object | null = offering) {
  server.use(graphql.query("OfferingPage", () => HttpResponse.json({ data: { offering: answer } })));
}

function answerSchools() {
  server.use(graphql.query("BookingSchoolLookup", () => HttpResponse.json({ data: { organisations: { edges: [{ node: { id: "T3JnOjE=", name: "Het Ambachtshuis" } }, { node: { id: "T3JnOjI=", name: "Het Ambachtshuis Oss" } }] } } })));
}

describe("the offering page", () => {
  it("is a 404 for an offering that does not exist or is switched off", async () => {
    answerOffering(null);
    expect(await outcomeOfRun(() => load({ fetch, params: { slug: "weg" }, url: new URL("http://localhost/aanbod/weg") } as never))).toEqual({ status: 404 });
  });
});

describe("requesting a booking", () => {
  it("sends the school from the directory when the name matches one exactly, and shows the confirmation", async () => {
    answerOffering();
    answerSchools();
    let sent: any;
    server.use(
      graphql.mutation("RequestBooking", ({ variables }) => {
        sent = variables.input;
        return HttpResponse.json({ data: { requestBooking: { __typename: "RequestBookingPayload", bookingRequest: { status: "OPEN" } } } });
      }),
    );
    expect(await outcomeOfRun(() => actions.aanvragen(post()))).toEqual({ redirect: `/aanbod/${offering.slug}/aangevraagd` });
    expect(sent).toEqual({
      offeringId: offering.id,
      preferredDates: "Dinsdagen in maart",
      groupSize: 24,
      groupLabel: "2 vmbo",
      organisationId: "T3JnOjE=",
      organisationName: null,
      name: "Dirk Docent",
      email: "dirk@school.example",
      phone: null,
      remark: null,
      acceptedPrivacyStatement: true,
    });
  });

  it("keeps what was typed and puts the API's refusals beside the fields", async () => {
    answerOffering();
    answerSchools();
    server.use(
      graphql.mutation("RequestBooking", () =>
        HttpResponse.json({ data: { requestBooking: { __typename: "ValidationError", problems: [{ path: ["input", "email"], message: "email must be an e-mail address" }, { path: ["input", "organisationName"], message: "x" }] } } }),
      ),
    );
    const result: any = await outcomeOfRun(() => actions.aanvragen(post({ ...fields, email: "dirk@school" })));
    expect(result.status).toBe(400);
    expect(result.data.errors).toEqual({ email: BOOKING_FIELD_MESSAGES.email, school: BOOKING_FIELD_MESSAGES.school });
    expect(result.data.values.email).toBe("dirk@school");
  });

  it("checks the group size and the privacy statement before asking the API", async () => {
    answerOffering();
    const { privacy: _unticked, ...rest } = fields; // browsers send a checkbox only when ticked
    const result: any = await outcomeOfRun(() => actions.aanvragen(post({ ...rest, groupSize: "31" })));
    expect(Object.keys(result.data.errors).sort()).toEqual(["groupSize", "privacy"]);
  });

  it("says when too many requests came from here", async () => {
    answerOffering();
    answerSchools();
    server.use(graphql.mutation("RequestBooking", () => HttpResponse.json({ data: { requestBooking: { __typename: "TooManyRequestsError", retryAfterSeconds: 60 } } })));
    const result: any = await outcomeOfRun(() => actions.aanvragen(post()));
    expect([result.status, result.data.message]).toEqual([429, TOO_MANY_TEXT]);
  });

  it("shows robots that fill in the hidden field the confirmation, without asking the API", async () => {
    expect(await outcomeOfRun(() => actions.aanvragen(post({ ...fields, website: "https://spam.example" })))).toEqual({ redirect: `/aanbod/${offering.slug}/aangevraagd` });
  });
});
