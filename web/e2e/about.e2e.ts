// The pages a public site needs: who runs the network and how to take part (/over), every part of
// the site on one page (/overzicht), both reached from the menu, the footer and the home page.
import { expect, expectNoA11yViolations, test } from "./fixtures";

test("a company finds from the home page how to take part, and whom to contact", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Zo doe je mee als bedrijf" }).click();
  await expect(page).toHaveURL(/\/over#bedrijven$/);
  await expect(page.getByRole("heading", { name: "Meedoen als bedrijf" })).toBeVisible();
  await expect(page.getByText("Een challenge voorstellen.")).toBeVisible();
  const contact = page.getByRole("region", { name: /Het Techniek Loket/ });
  await expect(contact.getByRole("link", { name: /@/ }).first()).toHaveAttribute("href", /^mailto:/);
  await expect(contact).toContainText("Programmamanager");
  await expectNoA11yViolations(page);

  await page.getByRole("navigation", { name: "Meer" }).getByRole("link", { name: "Contact" }).click();
  await expect(page).toHaveURL(/\/over#contact$/);
});

test("every link of the overview of all pages leads somewhere", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Meer" }).getByRole("link", { name: "Alle pagina's" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle pagina's");
  await expectNoA11yViolations(page);
  const hrefs = await page.locator("main .sections a").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(30);
  for (const href of new Set(hrefs.map((h) => h.replace(/#.*$/, "")))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("the main menu leads to the network, not to the plan's jargon", async ({ page }) => {
  await page.goto("/agenda");
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(menu.getByRole("link", { name: "Over het netwerk" })).toHaveAttribute("href", "/over");
  await expect(menu.getByRole("link", { name: "Actielijnen" })).toHaveCount(0);
});
