// The editors' journey: the school's editor writes an event (with the browser's JavaScript off, as
// the /beheer forms need none), fixes a refused field, previews and submits it; the region's
// moderator publishes it; then it is in the public agenda, the school's calendar feed and its
// widget. Sessions are the run's shared ones (useSharedSession): the API allows 5 codes per address per 15 minutes.
import type { Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test, useSharedSession } from "./fixtures";

const SCHOOL_EDITOR = "school@techniekloket.example";
const MODERATOR = "moderator@techniekloket.example";

/** A small blue PNG: the site uploads it, the API stores it as WebP in the widths it has. */
const picture = {
  name: "werkplaats.png",
  mimeType: "image/png",
  buffer: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAIAAABqVuVZAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAwElEQVR4nO3ZwQnDQADEQBdxxaZElZV/IP6EsH4MXAVCK5/t67xyzncIFzrnVhGAAqhfVsKgAIpB/e9RY2IBFIMysVYXWg0KoBiUiaVBPfO7gkgHUAzKxNKg5j0W6QCKQZlY8+64KAZQDMrEmgfIy2oAxaBMLA1qHmORDqAYlIk1j46LYgDFoEyshxx/VgMoBmViaVDzHot0AMWgTKx5d1wUAygGZWLNA+RlNYBiUCaWBjWPsUgHUAzKxJpH5+O8AeNy4dJG0rIEAAAAAElFTkSuQmCC",
    "base64",
  ),
};
const PICTURE_ALT = "Leerlingen solderen een lamp in de werkplaats";

/** Tomorrow in Amsterdam (YYYY-MM-DD), so the event is upcoming and early in every list. */
const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(Date.now() + 86_400_000);

async function fillEvent(page: Page, title: string) {
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Samenvatting").fill("Leerlingen van groep 8 bouwen een eigen lamp in de werkplaats.");
  await page.getByLabel("Soort activiteit").selectOption({ label: "Workshop" });
  await page.getByLabel("Datum", { exact: true }).fill(tomorrow);
  await page.getByLabel("Begintijd").fill("07:00");
  // Before the start: the site refuses it beside the field.
  await page.getByLabel("Eindtijd").fill("06:30");
  await page.getByLabel("Naam van de plek").fill("Het Ambachtshuis, werkplaats");
  await page.getByLabel("Plaats", { exact: true }).fill("Oss");
  await page.getByRole("group", { name: "Basisonderwijs" }).getByRole("checkbox").last().check();
  await page.getByLabel("Afbeelding kiezen").setInputFiles(picture);
  await page.getByLabel("Beschrijving van de afbeelding").fill(PICTURE_ALT);
}

test("an editor writes and submits an event, a moderator publishes it, and it reaches the agenda, the feed and the widget", async ({ browser, baseURL, page, request }) => {
  test.setTimeout(90_000);
  const title = `Lampen bouwen in de werkplaats ${Date.now().toString(36)}`;

  // The school's editor writes it without JavaScript: the forms are plain posts.
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await useSharedSession(noScript, baseURL!, SCHOOL_EDITOR);
  const editor = await noScript.newPage();
  await editor.goto("/beheer");
  await editor.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Activiteiten" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Activiteiten" })).toBeVisible();
  await editor.getByRole("link", { name: "Nieuwe activiteit van Het Ambachtshuis" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Nieuwe activiteit van Het Ambachtshuis" })).toBeVisible();

  await fillEvent(editor, title);
  await editor.getByRole("button", { name: "Opslaan als concept" }).click();
  const endError = "Vul een eindtijd in na de begintijd, zoals 12:00.";
  await expect(editor.getByRole("heading", { name: "Controleer het formulier" })).toBeVisible();
  await expect(editor.getByRole("link", { name: endError })).toHaveAttribute("href", "#endTime");
  await expect(editor.locator("#endTime-fout")).toContainText(endError);
  await expect(editor.getByLabel("Eindtijd")).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByLabel("Titel")).toHaveValue(title);
  // The picture was uploaded with the refused post and is kept: it need not be chosen again.
  await expect(editor.getByRole("img", { name: PICTURE_ALT })).toBeVisible();

  await editor.getByLabel("Eindtijd").fill("08:30");
  await editor.getByRole("button", { name: "Opslaan als concept" }).click();
  await expect(editor).toHaveURL(/\/beheer\/activiteiten\/[^/?]+\?gedaan=aangemaakt$/);
  await expect(editor.getByRole("status")).toContainText("opgeslagen als concept");
  await expect(editor.getByText("Status: Concept")).toBeVisible();
  await expect(editor.getByLabel("Begintijd")).toHaveValue("07:00");
  const editPath = new URL(editor.url()).pathname;

  // The same session with a script-capable browser, for axe (which runs as a script in the page).
  const withScript = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  await withScript.addCookies(await noScript.cookies());
  const checked = await withScript.newPage();
  await checked.goto("/beheer/activiteiten");
  await expect(checked.getByRole("link", { name: title })).toBeVisible();
  await expectNoA11yViolations(checked);
  await checked.goto("/beheer/activiteiten/nieuw?organisatie=het-ambachtshuis");
  await expectNoA11yViolations(checked);
  await checked.goto(editPath);
  await expect(checked.locator("script")).toHaveCount(0);
  await expectNoA11yViolations(checked);
  await checked.getByLabel("Titel").fill("");
  await checked.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(checked.locator("#title-fout")).toContainText("Geef de activiteit een titel");
  await expectNoA11yViolations(checked);
  await withScript.close();

  // Its preview on the public page, for its editors only.
  await editor.goto(editPath);
  const previewLink = editor.getByRole("link", { name: "Bekijk een voorbeeld" });
  const eventPath = (await previewLink.getAttribute("href"))!;
  await previewLink.click();
  await expect(editor.getByRole("status")).toContainText("Voorbeeld: deze activiteit staat nog niet in de agenda");
  expect((await request.get(eventPath)).status()).toBe(404);
  await editor.getByRole("link", { name: "Bewerken" }).click();

  await editor.getByRole("button", { name: "Indienen" }).click();
  await expect(editor.getByRole("status")).toContainText("De activiteit is ingediend");
  await expect(editor.getByText("Status: Ingediend")).toBeVisible();
  await noScript.close();

  // The moderator publishes it, after trying to send it back without a reason.
  await useSharedSession(page.context(), baseURL!, MODERATOR);
  await page.goto("/beheer");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Moderatie" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moderatie" })).toBeVisible();
  const submitted = page.getByRole("article", { name: title });
  await expect(submitted).toContainText("Het Ambachtshuis");
  await expectNoA11yViolations(page);
  await submitted.getByRole("button", { name: "Afwijzen" }).click();
  await expect(page.getByRole("article", { name: title }).getByText("Schrijf de reden op, in minstens 3 tekens.")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("article", { name: title }).getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status")).toContainText("De activiteit is gepubliceerd");
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);

  // The moderator's log shows what happened to it, newest first.
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Logboek" }).click();
  const newest = page.getByRole("row").nth(1);
  await expect(newest).toContainText("Activiteit gepubliceerd");
  await expect(newest).toContainText("moderator@techniekloket.example");
  await expect(page.getByRole("row", { name: /school@techniekloket\.example.*Activiteit ingediend/ })).toHaveCount(1);
  await expectNoA11yViolations(page);

  // Public now: the agenda of that day, the school's calendar feed and its widget.
  const agenda = await request.get(`/agenda?organisatie=het-ambachtshuis&van=${tomorrow}&tot=${tomorrow}`);
  expect(await agenda.text()).toContain(title);
  // Its card shows the picture in every stored width, the browser picking one.
  await page.goto(`/agenda?organisatie=het-ambachtshuis&van=${tomorrow}&tot=${tomorrow}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card.getByRole("img", { name: PICTURE_ALT })).toHaveAttribute("srcset", /^\S+ \d+w(, \S+ \d+w)*$/);
  expect((await request.get(eventPath)).status()).toBe(200);
  // With its picture, also as the preview image when the page is shared.
  await page.goto(eventPath);
  const shown = page.getByRole("img", { name: PICTURE_ALT });
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const ogImage = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
  const served = await request.get(ogImage);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
  expect(served.headers()["cache-control"]).toContain("immutable");
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", PICTURE_ALT);
  const feed = await (await request.get("/agenda.ics?organisatie=het-ambachtshuis")).text();
  expect(feed.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${title}`);
  const widget = await request.get("/embed/agenda?organisation=het-ambachtshuis&kind=workshop&limit=20");
  expect(await widget.text()).toContain(title);
});
