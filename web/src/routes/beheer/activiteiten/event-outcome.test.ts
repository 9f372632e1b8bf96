// The API's refusals of an event beside the form's fields.
import { describe, expect, it } from "vitest";
import { INVALID_TEXT } from "$lib/server/editing/outcome";
import { emptyEventFormValues } from "./event-form-values";
import { EVENT_FIELD_TEXTS } from "./event-fields";
import { eventOutcome } from "./event-outcome";

function refused(paths: string[][], values = emptyEventFormValues()) {
  const problems = paths.map((path) => ({ path, message: "English for developers" }));
  return eventOutcome({ data: { createEvent: { __typename: "ValidationError" as const, problems } } }, (data) => data.createEvent, "Event" as never, values);
}

describe("eventOutcome", () => {
  it("puts each problem beside the field the editor typed it in", () => {
    expect(refused([["input", "venue", "city"], ["input", "costCents"], ["input", "endsAt"], ["input", "onlineUrl"]])).toMatchObject({
      ok: false,
      status: 400,
      errors: { city: EVENT_FIELD_TEXTS.city, cost: EVENT_FIELD_TEXTS.cost, endTime: EVENT_FIELD_TEXTS.endTime, onlineUrl: EVENT_FIELD_TEXTS.onlineUrl },
      message: undefined,
    });
  });

  it("blames the last day for the end of an event of several days, and the place for a missing venue", () => {
    expect(refused([["input", "endsAt"], ["input", "venue"]], { ...emptyEventFormValues(), endDate: "2027-05-01" })).toMatchObject({
      errors: { endDate: EVENT_FIELD_TEXTS.endDate, venueName: EVENT_FIELD_TEXTS.venueName },
    });
  });

  it("says above the form what no field of it is to blame for", () => {
    expect(refused([["input", "coOrganisers"]])).toMatchObject({ errors: {}, message: INVALID_TEXT });
  });

  it("reports a save over a newer version as a conflict", () => {
    const outcome = eventOutcome({ data: { updateEvent: { __typename: "ConflictError" as const } } }, (data) => data.updateEvent, "Event" as never, emptyEventFormValues());
    expect(outcome).toMatchObject({ ok: false, status: 409, conflict: true });
  });
});
