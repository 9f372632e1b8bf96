// The event form as typed -> EventInput: Amsterdam times to UTC, whole days, euros, and the site's
// own refusals beside their fields. Also the way back (eventFormValuesOf), so a save of an
// unchanged form changes nothing.
import { describe, expect, it } from "vitest";
import { emptyEventFormValues, eventFormValuesFrom, eventFormValuesOf, type EventFormValues } from "./event-form-values";
import { EVENT_FIELD_TEXTS } from "./event-fields";
import { eventInputOf } from "./event-input";

function typed(changes: Partial<EventFormValues>): EventFormValues {
  return { ...emptyEventFormValues(), title: "Techlab voor groep 8", kind: "TECHLAB_SESSION", date: "2027-03-11", startTime: "13:30", endTime: "15:00", venueName: "Het Ambachtshuis", city: "Oss", ...changes };
}

function inputOf(values: EventFormValues) {
  const checked = eventInputOf(values);
  if ("errors" in checked) throw new Error(JSON.stringify(checked.errors));
  return checked.input;
}

describe("eventInputOf", () => {
  it("turns a day and times in Dutch time into UTC instants, in winter and in summer", () => {
    expect(inputOf(typed({}))).toMatchObject({ startsAt: "2027-03-11T12:30:00.000Z", endsAt: "2027-03-11T14:00:00.000Z", allDay: false });
    expect(inputOf(typed({ date: "2027-06-10" }))).toMatchObject({ startsAt: "2027-06-10T11:30:00.000Z", endsAt: "2027-06-10T13:00:00.000Z" });
  });

  it("ends whole days at the midnight after the last day, across the change to summer time", () => {
    const input = inputOf(typed({ allDay: true, startTime: "", endTime: "", date: "2027-03-27", endDate: "2027-03-28" }));
    expect(input).toMatchObject({ allDay: true, startsAt: "2027-03-26T23:00:00.000Z", endsAt: "2027-03-28T22:00:00.000Z" });
  });

  it("reads times and days as people type them without a picker", () => {
    expect(inputOf(typed({ date: "11-3-2027", startTime: "9.30", endTime: "12.00" }))).toMatchObject({ startsAt: "2027-03-11T08:30:00.000Z", endsAt: "2027-03-11T11:00:00.000Z" });
  });

  it("sends the address only when one is given, the rest as the API wants it", () => {
    expect(inputOf(typed({ venueName: "", city: "", onlineUrl: "https://meet.example/techlab" }))).toMatchObject({ venue: null, onlineUrl: "https://meet.example/techlab" });
    expect(inputOf(typed({ street: "Kruisstraat 1", cost: "12,50", capacity: "24", actionLines: ["2"], signupMode: "EXTERNAL", signupUrl: "https://school.example/aanmelden" }))).toMatchObject({
      venue: { name: "Het Ambachtshuis", street: "Kruisstraat 1", postalCode: null, city: "Oss" },
      costCents: 1250,
      capacity: 24,
      actionLines: [2],
      signupMode: "EXTERNAL",
      signupUrl: "https://school.example/aanmelden",
    });
  });

  it("drops a sign-up link that only sign-up elsewhere would use", () => {
    expect(inputOf(typed({ signupMode: "NONE", signupUrl: "https://old.example" })).signupUrl).toBeNull();
  });

  it("puts what it cannot read beside each field at once", () => {
    expect(eventInputOf(typed({ title: "", kind: "", date: "31-02-2027", startTime: "later", capacity: "veel", cost: "gratis" }))).toEqual({
      errors: {
        title: EVENT_FIELD_TEXTS.title,
        kind: EVENT_FIELD_TEXTS.kind,
        date: EVENT_FIELD_TEXTS.date,
        startTime: EVENT_FIELD_TEXTS.startTime,
        capacity: EVENT_FIELD_TEXTS.capacity,
        cost: EVENT_FIELD_TEXTS.cost,
      },
    });
  });

  it("blames the end time when the event would end before it starts", () => {
    expect(eventInputOf(typed({ endTime: "12:00" }))).toEqual({ errors: { endTime: EVENT_FIELD_TEXTS.endTime } });
    expect(eventInputOf(typed({ endDate: "2027-03-10" }))).toEqual({ errors: { endDate: EVENT_FIELD_TEXTS.endDate } });
  });
});

describe("the form's values of an event", () => {
  const event = {
    title: "Techniekmarkt Oss",
    summary: "Bedrijven laten techniek zien.",
    description: "Kom kijken.",
    kind: "TECHNIEKMARKT",
    startsAt: "2027-10-30T22:00:00.000Z",
    endsAt: "2027-11-01T23:00:00.000Z",
    allDay: true,
    costCents: 350,
    signupMode: "NONE",
    signupClosesAt: "2027-10-29T12:00:00.000Z",
    leerwegen: ["KB"],
    audiences: [{ code: "PARENTS" }],
    themes: [{ slug: "robotica" }],
    actionLines: [{ number: 2 }],
    profiles: [{ code: "PIE" }],
    organisers: [
      { role: "ORGANISER", organisation: { id: "T3JnOjE=" } },
      { role: "CO_ORGANISER", organisation: { id: "T3JnOjI=" } },
    ],
    venue: { name: "Sporthal", street: null, postalCode: "5341 AA", city: "Oss" },
  };

  it("shows whole days by their first and last day, in Dutch time", () => {
    expect(eventFormValuesOf(event)).toMatchObject({ date: "2027-10-31", endDate: "2027-11-01", startTime: "", cost: "3,50", actionLines: ["2"], coOrganisers: ["T3JnOjI="] });
  });

  it("gives back the same event when saved unchanged, including what the form does not show", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(eventFormValuesOf(event))) {
      if (Array.isArray(value)) value.forEach((item) => form.append(name, item));
      else if (value === true) form.append(name, "on");
      else if (value !== false) form.append(name, value);
    }
    expect(inputOf(eventFormValuesFrom(form))).toMatchObject({
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      allDay: true,
      costCents: 350,
      leerwegen: ["KB"],
      audiences: ["PARENTS"],
      coOrganisers: ["T3JnOjI="],
      signupClosesAt: "2027-10-29T12:00:00.000Z",
      venue: { name: "Sporthal", street: null, postalCode: "5341 AA", city: "Oss" },
    });
  });

  it("shows a timed event's times in Dutch time", () => {
    expect(eventFormValuesOf({ ...event, allDay: false, startsAt: "2027-03-11T12:30:00.000Z", endsAt: "2027-03-11T14:00:00.000Z" })).toMatchObject({
      date: "2027-03-11",
      startTime: "13:30",
      endTime: "15:00",
      endDate: "",
    });
  });
});
