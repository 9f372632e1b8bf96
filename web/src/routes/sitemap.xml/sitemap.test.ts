import { describe, expect, it } from "vitest";
import { buildSitemap, escapeXml, MAX_SITEMAP_URLS } from "./sitemap";

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
  });
});

describe("buildSitemap", () => {
  it("lists each address once, with its last change", () => {
    const xml = buildSitemap([
      { loc: "https://loket.example/" },
      { loc: "https://loket.example/agenda/techniekmarkt-oss", lastmod: "2026-11-20T10:00:00.000Z" },
      { loc: "https://loket.example/" },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <url><loc>https://loket.example/</loc></url>",
        "  <url><loc>https://loket.example/agenda/techniekmarkt-oss</loc><lastmod>2026-11-20T10:00:00.000Z</lastmod></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });

  it("escapes addresses", () => {
    const xml = buildSitemap([{ loc: "https://loket.example/organisaties?soort=bedrijf&gemeente=oss" }]);
    expect(xml).toContain("<loc>https://loket.example/organisaties?soort=bedrijf&amp;gemeente=oss</loc>");
  });

  it("stops at the protocol's limit", () => {
    const entries = Array.from({ length: MAX_SITEMAP_URLS + 5 }, (_, i) => ({ loc: `https://loket.example/${i}` }));
    expect(buildSitemap(entries).match(/<url>/g)).toHaveLength(MAX_SITEMAP_URLS);
  });

  it("is a valid empty sitemap without entries", () => {
    expect(buildSitemap([])).toContain("<urlset");
  });
});
