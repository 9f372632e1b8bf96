import { describe, expect, it } from "vitest";
import { makeFragmentData } from "$lib/graphql/generated";
import { PictureFields } from "$lib/pictures";
import { cardNotes } from "./card-notes";

const drawing = (path: string) => ({ src: `/beelden/activiteit/${path}.svg`, srcset: null, alt: "", width: 640, height: 360, fit: "cover" });

const veghel = { name: "Veghel", latitude: 51.6167, longitude: 5.5489 };

describe("card notes", () => {
  it("say how far, for whom (each sector once) and how to take part", () => {
    const event = { title: "Techniekmarkt Oss", kind: "TECHNIEKMARKT" as const, organisers: [{ organisation: { name: "Het Techniek Loket" } }], venue: { latitude: 51.7654, longitude: 5.5176 }, audiences: [{ sector: "PRIMARY" as const }, { sector: "PARENTS" as const }, { sector: "PRIMARY" as const }], signupMode: "NONE" as const };
    expect(cardNotes(event, veghel)).toEqual({ kind: "Techniekmarkt", distance: "17 km van Veghel", by: "Door Het Techniek Loket", forWhom: "Voor basisonderwijs en ouders", signup: null, access: "Vrij toegankelijk, aanmelden is niet nodig", closed: false, picture: drawing("techniekmarkt") });
  });

  it("leave the distance out without a place, and the access line to the seats when sign-up is here", () => {
    const notes = cardNotes({ title: "Training", kind: "TRAINING", organisers: [], venue: null, audiences: [{ sector: "TEACHERS" }, { sector: "MBO" }, { sector: "COMPANIES" }], signupMode: "PLATFORM" });
    expect(notes).toEqual({ kind: "Training", distance: null, by: null, forWhom: "Voor docenten, mbo en bedrijven", signup: null, access: null, closed: false, picture: drawing("training") });
  });

  it("mark sessions by invitation only as closed", () => {
    expect(cardNotes({ title: "Techlab", kind: "TECHLAB_SESSION", organisers: [], audiences: [], signupMode: "INVITATION" })).toEqual({ kind: "Techlab-sessie", distance: null, by: null, forWhom: null, signup: null, access: "Alleen op uitnodiging", closed: true, picture: drawing("techlab") });
  });

  it("leave out organisers the title or the place already names", () => {
    const organisers = [{ organisation: { name: "Techniekcentrum Netwerk Zuid" } }, { organisation: { name: "Het Techniek Loket" } }, { organisation: { name: "Maasheggen College" } }];
    const notes = cardNotes({ title: "Bedrijfsbezoek Techniekcentrum Netwerk Zuid", kind: "COMPANY_VISIT", venue: { name: "Maasheggen College Cuijk" }, organisers });
    expect(notes.by).toBe("Door Het Techniek Loket");
  });

  it("show the picture its editors uploaded, in all its widths, before the drawing for its kind", () => {
    const image = { url: "https://api.example/images/k/960.webp", srcset: "https://api.example/images/k/480.webp 480w, https://api.example/images/k/960.webp 960w", alt: "Leerlingen solderen", width: 960, height: 640 };
    const notes = cardNotes({ title: "Techlab", kind: "TECHLAB_SESSION", organisers: [], image: makeFragmentData(image, PictureFields) });
    expect(notes.picture).toEqual({ src: image.url, srcset: image.srcset, alt: "Leerlingen solderen", width: 960, height: 640, fit: "cover" });
  });
});
