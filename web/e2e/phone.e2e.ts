// The site on a 390 px phone: results before the filters (which fold behind a button saying how
// many are chosen), the month as a list of days, and no page wider than the screen.
import type { Page } from "@playwright/test";
import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

/** The page is no wider than the screen: nothing to scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test("the agenda shows results first; the filters fold behind a button with how many are chosen", async ({ page }) => {
  await page.goto("/agenda?soort=techlab&voor=basisonderwijs");
  const filters = page.locator("details.fold > summary");
  await expect(filters).toHaveText("Filters (2 gekozen)");
  await expect(page.getByRole("group", { name: "Wat" })).toBeHidden();
  const firstResult = page.locator("ol.agenda-list > li").first();
  expect((await firstResult.boundingBox())!.y).toBeLessThan(844);
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  await filters.click();
  await expect(page.getByRole("group", { name: "Wat" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Techlab-sessie" })).toBeChecked();
  await page.screenshot({ path: "test-results/phone-agenda.png", fullPage: false });
});

test("the month view is a list of the days with events", async ({ page }) => {
  await page.goto("/agenda?weergave=maand");
  const days = page.locator("table.calendar td:visible");
  expect(await days.count()).toBeGreaterThan(0);
  // Each listed day names its weekday, its date and its month, and has events (or is today).
  await expect(days.first().locator("time")).toHaveText(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d{1,2} \p{L}+$/u);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: "test-results/phone-month.png", fullPage: false });
});

test("an organisation page with a long e-mail address fits the screen", async ({ page }) => {
  const { organisations } = await apiQuery(`{ organisations(first: 100) { edges { node { slug email } } } }`);
  const longest = organisations.edges
    .map((edge: { node: { slug: string; email: string | null } }) => edge.node)
    .filter((o: { email: string | null }) => o.email)
    .sort((a: { email: string }, b: { email: string }) => b.email.length - a.email.length)[0];
  await page.goto(`/organisaties/${longest.slug}`);
  await expect(page.getByRole("link", { name: longest.email })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
