import { describe, expect, it } from "vitest";
import { eventJsonLd, serializeJsonLd, type JsonLdEvent } from "./event-json-ld";

const urls = {
  page: "https://loket.example/agenda/techniekmarkt-oss-2027-03-11",
  organisation: (slug: string) => `https://loket.example/organisaties/${slug}`,
};

const markt: JsonLdEvent = {
  title: "Techniekmarkt Oss",
  summary: "Bedrijven en scholen laten techniek zien.",
  description: "Bedrijven en scholen laten techniek zien.\n\nVoor leerlingen en ouders.",
  startsAt: "2027-03-11T14:00:00.000Z",
  endsAt: "2027-03-11T18:00:00.000Z",
  allDay: false,
  status: "PUBLISHED",
  costCents: 0,
  signupOpensAt: "2027-02-01T08:00:00.000Z",
  venue: {
    name: "Sporthal De Rusheuvel",
    street: "Kruisstraat 1",
    postalCode: "5341 AA",
    city: "Oss",
    latitude: 51.76,
    longitude: 5.52,
  },
  organisers: [{ organisation: { slug: "het-ambachtshuis", name: "Het Ambachtshuis" } }],
};

describe("eventJsonLd", () => {
  it("describes a scheduled event at a place, with offset times in winter", () => {
    const data = eventJsonLd(markt, urls);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Techniekmarkt Oss",
      url: urls.page,
      startDate: "2027-03-11T15:00:00+01:00",
      endDate: "2027-03-11T19:00:00+01:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Sporthal De Rusheuvel",
        address: { "@type": "PostalAddress", streetAddress: "Kruisstraat 1", postalCode: "5341 AA", addressLocality: "Oss", addressCountry: "NL" },
        geo: { "@type": "GeoCoordinates", latitude: 51.76, longitude: 5.52 },
      },
      organizer: [{ "@type": "Organization", name: "Het Ambachtshuis", url: "https://loket.example/organisaties/het-ambachtshuis" }],
      isAccessibleForFree: true,
      offers: { "@type": "Offer", price: 0, priceCurrency: "EUR", url: urls.page, validFrom: "2027-02-01T09:00:00+01:00" },
    });
  });

  it("uses the summer offset in summer", () => {
    const data = eventJsonLd({ ...markt, startsAt: "2027-06-17T08:30:00.000Z", endsAt: "2027-06-17T11:00:00.000Z" }, urls);
    expect(data.startDate).toBe("2027-06-17T10:30:00+02:00");
  });

  it("marks a cancelled event as EventCancelled", () => {
    expect(eventJsonLd({ ...markt, status: "CANCELLED" }, urls).eventStatus).toBe("https://schema.org/EventCancelled");
  });

  it("gives an all-day event its first and last local day", () => {
    const data = eventJsonLd({ ...markt, allDay: true, startsAt: "2026-03-15T23:00:00.000Z", endsAt: "2026-03-20T23:00:00.000Z" }, urls);
    expect(data.startDate).toBe("2026-03-16");
    expect(data.endDate).toBe("2026-03-20");
  });

  it("describes an online event with a virtual location and the price in euro", () => {
    const data = eventJsonLd({ ...markt, venue: null, onlineUrl: "https://meet.example/x", costCents: 9500, signupUrl: "https://aanmelden.example" }, urls);
    expect(data.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(data.location).toEqual({ "@type": "VirtualLocation", url: "https://meet.example/x" });
    expect(data.offers).toMatchObject({ price: 95, url: "https://aanmelden.example" });
    expect(data.isAccessibleForFree).toBe(false);
  });

  it("lists both places of a hybrid event", () => {
    const data = eventJsonLd({ ...markt, onlineUrl: "https://meet.example/x" }, urls);
    expect(data.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(data.location).toHaveLength(2);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close its script element, and parses back to the same data", () => {
    const data = eventJsonLd({ ...markt, title: 'Lassen </script><script>alert("x")</script> & <!-- meer' }, urls);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain("<");
    expect(json).not.toContain("<!--");
    expect(JSON.parse(json)).toEqual(data);
  });

  it("escapes line and paragraph separators", () => {
    const json = serializeJsonLd({ name: "a\u2028b\u2029c" });
    expect(json).toBe('{"name":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json)).toEqual({ name: "a\u2028b\u2029c" });
  });
});
