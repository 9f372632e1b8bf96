import { describe, expect, it } from "vitest";
import { buildAtomFeed, xml } from "./atom-feed";
import { cancelledWinterEvent, summerEvent } from "./test-fixtures";

const options = {
  title: 'Agenda: "robots" & <lassen>',
  origin: "https://www.hettechniekloket.nl",
  selfUrl: "https://www.hettechniekloket.nl/agenda.atom?soort=techniekmarkt&tekst=a%26b",
  pageUrl: "https://www.hettechniekloket.nl/agenda?soort=techniekmarkt&tekst=a%26b",
  now: new Date("2026-11-28T09:00:00.000Z"),
};

describe("xml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(xml(`<a href="x">'s & co\u0000</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;s &amp; co&lt;/a&gt;");
  });
});

describe("buildAtomFeed", () => {
  const feed = buildAtomFeed([cancelledWinterEvent, summerEvent], options);

  it("is an Atom document with one entry per event", () => {
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">')).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed.trimEnd().endsWith("</feed>")).toBe(true);
  });

  it("escapes titles and addresses", () => {
    expect(feed).toContain("<title>Agenda: &quot;robots&quot; &amp; &lt;lassen&gt;</title>");
    expect(feed).toContain('href="https://www.hettechniekloket.nl/agenda.atom?soort=techniekmarkt&amp;tekst=a%26b"');
    expect(feed).toContain("Bedrijven &amp; scholen");
    expect(feed).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("gives each entry its page as id and link, the last change as updated, and a Dutch summary", () => {
    const url = "https://www.hettechniekloket.nl/agenda/techniekmarkt-oss-2027-06-10";
    expect(feed).toContain(`<id>${url}</id>`);
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${url}"/>`);
    expect(feed).toContain("<updated>2026-11-11T14:00:00.000Z</updated>");
    expect(feed).toContain("<summary>donderdag 10 juni 2027, 18:00 tot 21:00 uur. Sporthal De Rusheuvel, Oss.");
    expect(feed).toContain('<category term="techniekmarkt" label="Techniekmarkt"/>');
  });

  it("marks cancelled events in title and summary", () => {
    expect(feed).toContain("<title>Geannuleerd: Workshop drones bouwen</title>");
    expect(feed).toContain("Gaat niet door.");
  });

  it("is updated at its latest change, or now when empty", () => {
    expect(feed).toContain("  <updated>2026-11-22T11:00:00.000Z</updated>");
    expect(buildAtomFeed([], options)).toContain("  <updated>2026-11-28T09:00:00.000Z</updated>");
  });
});
