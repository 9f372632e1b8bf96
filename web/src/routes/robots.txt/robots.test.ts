import { describe, expect, it } from "vitest";
import { robotsTxt } from "./robots";

describe("robotsTxt", () => {
  it("allows everything but the editors' pages and names the sitemap by its absolute address", () => {
    expect(robotsTxt("https://loket.example")).toBe("User-agent: *\nAllow: /\nDisallow: /beheer\n\nSitemap: https://loket.example/sitemap.xml\n");
  });
});
