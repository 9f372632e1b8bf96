import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

test("the home page says what the network is and shows the next events", async ({ page }) => {
  const { events } = await apiQuery(`{ events(first: 1, filter: { signupModes: [NONE, PLATFORM, EXTERNAL] }) { edges { node { title } } } }`);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Binnenkort in de agenda" })).toBeVisible();
  await expect(page.getByText(events.edges[0].node.title).first()).toBeVisible();
  await expectNoA11yViolations(page);
});

test("an unknown address gets a Dutch page, not a stack trace", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("niet gevonden");
  await expectNoA11yViolations(page);
});
