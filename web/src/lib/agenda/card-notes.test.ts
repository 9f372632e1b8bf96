import { describe, expect, it } from "vitest";
import { cardNotes } from "./card-notes";

const veghel = { name: "Veghel", latitude: 51.6167, longitude: 5.5489 };

describe("card notes", () => {
  it("say how far, for whom (each sector once) and how to take part", () => {
    const event = { title: "Techniekmarkt Oss", organisers: [{ organisation: { name: "Het Techniek Loket" } }], venue: { latitude: 51.7654, longitude: 5.5176 }, audiences: [{ sector: "PRIMARY" as const }, { sector: "PARENTS" as const }, { sector: "PRIMARY" as const }], signupMode: "NONE" as const };
    expect(cardNotes(event, veghel)).toEqual({ distance: "17 km van Veghel", by: "Door Het Techniek Loket", forWhom: "Voor basisonderwijs en ouders", access: "Vrij toegankelijk, aanmelden is niet nodig", closed: false });
  });

  it("leave the distance out without a place, and the access line to the seats when sign-up is here", () => {
    const notes = cardNotes({ title: "Training", organisers: [], venue: null, audiences: [{ sector: "TEACHERS" }, { sector: "MBO" }, { sector: "COMPANIES" }], signupMode: "PLATFORM" });
    expect(notes).toEqual({ distance: null, by: null, forWhom: "Voor docenten, mbo en bedrijven", access: null, closed: false });
  });

  it("mark sessions by invitation only as closed", () => {
    expect(cardNotes({ title: "Techlab", organisers: [], audiences: [], signupMode: "INVITATION" })).toEqual({ distance: null, by: null, forWhom: null, access: "Alleen op uitnodiging", closed: true });
  });

  it("leave out organisers the title or the place already names", () => {
    const organisers = [{ organisation: { name: "Techniekcentrum Netwerk Zuid" } }, { organisation: { name: "Het Techniek Loket" } }, { organisation: { name: "Maasheggen College" } }];
    const notes = cardNotes({ title: "Bedrijfsbezoek Techniekcentrum Netwerk Zuid", venue: { name: "Maasheggen College Cuijk" }, organisers });
    expect(notes.by).toBe("Door Het Techniek Loket");
  });
});
