import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import EventLinkList from "./EventLinkList.svelte";
import { makeFragmentData } from "$lib/graphql/generated";
import { eventPicture, PictureFields } from "$lib/pictures";

const photoFields = { url: "https://api.example/images/k/960.webp", srcset: "https://api.example/images/k/480.webp 480w, https://api.example/images/k/960.webp 960w", alt: "Kraam met robots", width: 960, height: 540 };
const photo = makeFragmentData(photoFields, PictureFields);

describe("EventLinkList", () => {
  it("links each event to its page, with when and where", () => {
    render(EventLinkList, {
      props: {
        events: [
          { slug: "markt", title: "Techniekmarkt Oss", startsAt: "2027-03-11T14:00:00.000Z", endsAt: "2027-03-11T18:00:00.000Z", allDay: false, status: "PUBLISHED", venue: { name: "Sporthal", city: "Oss" }, picture: eventPicture({ kind: "TECHNIEKMARKT", image: photo }) },
          { slug: "webinar", title: "Webinar", startsAt: "2027-06-17T13:00:00.000Z", endsAt: "2027-06-17T14:00:00.000Z", allDay: false, status: "CANCELLED", venue: null, picture: eventPicture({ kind: "TRAINING" }) },
        ],
      },
    });

    expect(screen.getByRole("link", { name: "Techniekmarkt Oss" }).getAttribute("href")).toBe("/agenda/markt");
    const time = screen.getByText("donderdag 11 maart 2027, 15:00 tot 19:00 uur");
    expect(time.getAttribute("datetime")).toBe("2027-03-11T14:00:00.000Z");
    const [markt, webinar] = screen.getAllByRole("listitem");
    expect(markt.textContent).toContain("Sporthal, Oss");
    expect(webinar.textContent).toContain("Online");
    expect(screen.getByRole("link", { name: /Geannuleerd: Webinar/ }).getAttribute("href")).toBe("/agenda/webinar");
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(2);
  });

  it("shows each event's picture, else the drawing for its kind as decoration", () => {
    const { container } = render(EventLinkList, {
      props: {
        events: [
          { slug: "markt", title: "Techniekmarkt Oss", startsAt: "2027-03-11T14:00:00.000Z", endsAt: "2027-03-11T18:00:00.000Z", allDay: false, status: "PUBLISHED", venue: null, picture: eventPicture({ kind: "TECHNIEKMARKT", image: photo }) },
          { slug: "training", title: "Training", startsAt: "2027-06-17T13:00:00.000Z", endsAt: "2027-06-17T14:00:00.000Z", allDay: false, status: "PUBLISHED", venue: null, picture: eventPicture({ kind: "TRAINING" }) },
        ],
      },
    });

    const photoImg = screen.getByRole("img", { name: "Kraam met robots" });
    expect(photoImg.getAttribute("srcset")).toBe(photoFields.srcset);
    expect([photoImg.getAttribute("width"), photoImg.getAttribute("height")]).toEqual(["960", "540"]);
    const drawing = container.querySelector('img[src="/beelden/activiteit/training.svg"]');
    expect(drawing?.getAttribute("alt")).toBe("");
    expect(drawing?.hasAttribute("srcset")).toBe(false);
  });
});
