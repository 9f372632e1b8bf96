// The site's look: every card and page with a picture (its own or the drawing for its kind), sizes
// reserved so nothing shifts while pictures load, a preview picture for every shared link, and the
// pages at desktop and phone widths, saved to test-results/look for a person to compare by eye.
import type { Page } from "@playwright/test";
import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

/** How far the page moved while it loaded (Cumulative Layout Shift; "good" is below 0.1). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

/** Every picture on the page has its size in the markup and has loaded. */
async function expectPicturesLoaded(page: Page, selector: string) {
  const pictures = page.locator(selector);
  expect(await pictures.count()).toBeGreaterThan(0);
  for (const picture of await pictures.all()) {
    await picture.scrollIntoViewIfNeeded();
    await expect(picture).toHaveAttribute("width", /^\d+$/);
    await expect(picture).toHaveAttribute("height", /^\d+$/);
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
}

test("agenda cards show a picture per event, the drawing for its kind when it has none, without shifting the page", async ({ page }) => {
  const { events } = await apiQuery(`{ events(first: 5, filter: { signupModes: [NONE, PLATFORM, EXTERNAL] }) { edges { node { title kind image { url } } } } }`);
  await page.goto("/agenda");
  const cards = page.locator("ol.agenda-list > li");
  for (const [index, { node }] of events.edges.entries()) {
    const card = cards.nth(index);
    await expect(card).toContainText(node.title);
    // A drawing only repeats the card's kind: decoration, no text for screen readers.
    if (!node.image) await expect(card.locator("img")).toHaveAttribute("alt", "");
  }
  await expectPicturesLoaded(page, "ol.agenda-list > li img");
  expect(await layoutShift(page)).toBeLessThan(0.05);
});

test("a shared event, organisation or page has a preview picture: a PNG of the drawing when nothing was uploaded", async ({ page, request }) => {
  const { events } = await apiQuery(`{ events(first: 1, filter: { kinds: [TECHNIEKMARKT] }) { edges { node { slug image { url } } } } }`);
  const withoutPicture = events.edges.find(({ node }: { node: { image: unknown } }) => !node.image);
  // The demo data has no uploaded pictures: the first techniekmarkt shows its drawing.
  expect(withoutPicture).toBeTruthy();
  for (const [path, drawing] of [
    [`/agenda/${withoutPicture.node.slug}`, "/beelden/activiteit/techniekmarkt.png"],
    ["/organisaties/het-ambachtshuis", "/beelden/organisatie/vmbo-school.png"],
    ["/", "/beelden/welkom.png"],
  ]) {
    await page.goto(path);
    const preview = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
    expect(preview.pathname).toBe(drawing);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const png = await request.get(preview.pathname);
    expect(png.headers()["content-type"]).toBe("image/png");
    // The PNG's own header says its size: the 1200 × 675 the page's tags promise.
    const body = await png.body();
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 675]);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  }
});

for (const [device, viewport] of [
  ["desktop", { width: 1280, height: 900 }],
  ["phone", { width: 390, height: 844 }],
] as const) {
  test.describe(`the site's look on a ${device}`, () => {
    test.use({ viewport });

    test("home, agenda, an event, the directory and an organisation: pictures loaded, axe clean, saved for review", async ({ page }) => {
      const { events } = await apiQuery(`{ events(first: 1, filter: { kinds: [TECHNIEKMARKT] }) { edges { node { slug } } } }`);
      const pages = { home: "/", agenda: "/agenda", event: `/agenda/${events.edges[0].node.slug}`, organisaties: "/organisaties", organisatie: "/organisaties/het-ambachtshuis" };
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(path);
        await expectPicturesLoaded(page, "main img");
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        await expectNoA11yViolations(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `test-results/look/${device}-${name}.png`, fullPage: true });
      }
    });
  });
}
