// The JavaScript each page type ships, gzip-compressed as a browser would fetch it. Fails past the
// budget; the figures are printed for the README.
import { gzipSync } from "node:zlib";
import { apiQuery, expect, test } from "./fixtures";

/** kB of gzip-compressed JavaScript per page, all chunks together (see README). */
export const JS_BUDGET_KB = 50;

/** A path, or a function that finds one in the demo data. */
const pageTypes: Record<string, string | (() => Promise<string>)> = {
  home: "/",
  agenda: "/agenda",
  "agenda, month": "/agenda?weergave=maand",
  event: async () => {
    const { events } = await apiQuery(`{ events(first: 1, filter: { kinds: [TECHNIEKMARKT] }) { edges { node { slug } } } }`);
    return `/agenda/${events.edges[0].node.slug}`;
  },
  techniekmarkten: "/techniekmarkten",
  organisations: "/organisaties",
  organisation: "/organisaties/het-ambachtshuis",
  "action lines": "/actielijnen",
  challenges: "/challenges",
  "widget builder": "/zet-op-je-website",
  "sign-in": "/inloggen",
};

// One worker measures every page, so the summary below sees them all.
test.describe.configure({ mode: "serial" });

const measured: Record<string, number> = {};

for (const [name, pathOrFind] of Object.entries(pageTypes)) {
  test(`${name} ships at most ${JS_BUDGET_KB} kB of JavaScript`, async ({ page }) => {
    const path = typeof pathOrFind === "string" ? pathOrFind : await pathOrFind();
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.set(response.url(), gzipSync(await response.body()).length);
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    const kB = [...scripts.values()].reduce((sum, size) => sum + size, 0) / 1024;
    measured[name] = Math.round(kB * 10) / 10;
    expect(kB).toBeLessThanOrEqual(JS_BUDGET_KB);
  });
}

test.afterAll(() => {
  console.log(`JavaScript per page type (kB gzip, budget ${JS_BUDGET_KB}): ${JSON.stringify(measured)}`);
});
