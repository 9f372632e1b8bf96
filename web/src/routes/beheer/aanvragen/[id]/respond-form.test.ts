import { describe, expect, it } from "vitest";
import { respondInputOf } from "./respond-form";

const now = new Date("2026-12-01T12:00:00Z");

describe("the provider's answer to a booking request", () => {
  it("turns an Amsterdam date and times into instants", () => {
    const answer = respondInputOf("QjoxMg==", "accepteren", { date: "12-3-2027", startTime: "9.30", endTime: "11:00", message: "" }, now);
    expect(answer).toEqual({ input: { id: "QjoxMg==", action: "ACCEPT", startsAt: "2027-03-12T08:30:00.000Z", endsAt: "2027-03-12T10:00:00.000Z", message: null } });
  });

  it("blames the fields it cannot use", () => {
    expect(respondInputOf("x", "voorstellen", { date: "2026-11-30", startTime: "10:00", endTime: "09:00", message: "" }, now)).toEqual({
      errors: { date: expect.any(String), endTime: expect.any(String), message: expect.any(String) },
    });
    expect(respondInputOf("x", "afwijzen", { date: "", startTime: "", endTime: "", message: "Helaas vol." }, now)).toEqual({
      input: { id: "x", action: "DECLINE", startsAt: null, endsAt: null, message: "Helaas vol." },
    });
  });
});
