// The widgets on a school's own website: a plain HTML page served from another 127.0.0.1 port
// (a real cross-origin host, as a school site would be) that includes embed.js from the site.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

/** The site under test (baseURL, localhost), and the same site as 127.0.0.1, as a school would write it. */
let BASE: string;
let SITE: string;

let host: Server;
let hostOrigin: string;
const hostPages = new Map<string, string>();

test.beforeAll(async ({}, testInfo) => {
  BASE = new URL(testInfo.project.use.baseURL!).origin;
  SITE = BASE.replace("//localhost:", "//127.0.0.1:");
  host = createServer((request, response) => {
    const html = hostPages.get(request.url ?? "");
    response.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** A school's page around the given markup, with styles that would spoil a widget they reached. */
function schoolPage(path: string, body: string): string {
  hostPages.set(
    path,
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Onze school</title>
<style>
  body { font-family: "Times New Roman", serif; color: rgb(90, 0, 0); line-height: 2; }
  h2 { color: rgb(200, 0, 0); text-transform: uppercase; }
  .widget, .title, li { background: rgb(255, 255, 204); }
  techniek-aanbod { --techniek-accent: rgb(122, 16, 44); --techniek-font: Georgia, serif; --techniek-radius: 0px; }
  techniek-aanbod::part(title) { letter-spacing: 2px; }
</style></head>
<body><main><h1>Onze school</h1>${body}</main></body></html>`,
  );
  return `${hostOrigin}${path}`;
}

/** Console lines the widgets print, which all start with their element's name. */
function widgetConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on("console", (message) => {
    if (message.text().startsWith("<techniek-")) lines.push(`${message.type()} ${message.text()}`);
  });
  return lines;
}

async function aSchoolWithEvents() {
  const { organisations } = await apiQuery(`{ organisations(first: 1, filter: { kinds: [VMBO_SCHOOL], hasTechlab: true }) { edges { node { slug name url } } } }`);
  const school = organisations.edges[0].node as { slug: string; name: string; url: string };
  const { events } = await apiQuery(`query ($slug: String!) { events(first: 2, filter: { organisation: $slug }) { edges { node { title url } } } }`, { slug: school.slug });
  return { school, events: events.edges.map((edge: { node: { title: string; url: string } }) => edge.node) };
}

test("a school's page shows its offering, the agenda and the iframe form, themed and isolated", async ({ page }) => {
  const { school, events } = await aSchoolWithEvents();
  expect(events.length).toBeGreaterThan(0);
  const lines = widgetConsole(page);
  const url = schoolPage(
    "/techniek.html",
    `<h2 class="title">Techniek op onze school</h2>
<ul><li class="widget">Iets van de school zelf</li></ul>
<script src="${SITE}/embed.js" async></script>
<techniek-aanbod school="${school.slug}" sections="profiles,events,contact" events="2"></techniek-aanbod>
<h2>Agenda</h2>
<techniek-agenda limit="3" lang="en" heading-level="3"></techniek-agenda>
<h2>Als iframe</h2>
<iframe src="${SITE}/embed/aanbod/iframe?school=${school.slug}&amp;sections=events" title="Techniek bij ${school.name}" width="100%" height="500" style="border:0"></iframe>`,
  );
  await page.goto(url);

  // Content, from the API, in the element's shadow root.
  const aanbod = page.locator("techniek-aanbod");
  await expect(aanbod.getByRole("heading", { level: 2, name: `Techniek bij ${school.name}` })).toBeVisible();
  await expect(aanbod.getByRole("heading", { level: 3 })).toHaveText(["Technische profielen", "Binnenkort", "Contact"]);
  for (const event of events) await expect(aanbod.getByRole("link", { name: event.title })).toHaveAttribute("href", event.url);
  expect(await aanbod.evaluate((element) => element.shadowRoot?.mode)).toBe("open");

  const agenda = page.locator("techniek-agenda");
  await expect(agenda.getByRole("heading", { level: 3, name: "Technology events" })).toBeVisible();
  await expect(agenda.getByRole("listitem")).toHaveCount(3);

  // Theming through the custom properties and ::part().
  const widget = aanbod.locator('[part~="widget"]');
  const look = await widget.evaluate((element) => {
    const style = getComputedStyle(element);
    const link = getComputedStyle(element.querySelector("a")!);
    const title = getComputedStyle(element.querySelector('[part~="title"]')!);
    return { border: style.borderTopColor, font: style.fontFamily, radius: style.borderTopLeftRadius, link: link.color, spacing: title.letterSpacing };
  });
  expect(look).toEqual({ border: "rgb(122, 16, 44)", font: "Georgia, serif", radius: "0px", link: "rgb(122, 16, 44)", spacing: "2px" });

  // Nothing of the host page's styles reaches in ...
  const inside = await aanbod.locator("h2").evaluate((heading) => {
    const style = getComputedStyle(heading);
    return { color: style.color, transform: style.textTransform, background: style.backgroundColor, lineHeight: style.lineHeight };
  });
  expect(inside.color).not.toBe("rgb(200, 0, 0)");
  expect(inside.transform).toBe("none");
  expect(inside.background).toBe("rgba(0, 0, 0, 0)");
  // ... and nothing of the widget's reaches out: its `.title` and `li` rules stay in the shadow root.
  const outside = await page.evaluate(() => ({
    title: getComputedStyle(document.querySelector("h2.title")!).fontSize,
    item: getComputedStyle(document.querySelector("li.widget")!).borderLeftWidth,
  }));
  expect(outside).toEqual({ title: "24px", item: "0px" });

  // The iframe form: the same widget as a document, with links that leave the frame.
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { level: 2, name: `Techniek bij ${school.name}` })).toBeVisible();
  await expect(frame.getByRole("link", { name: events[0].title })).toHaveAttribute("target", "_top");

  // Keyboard: the first link in the widget takes the focus after the host page's own content.
  await aanbod.getByRole("link").first().focus();
  await expect(aanbod.getByRole("link").first()).toBeFocused();

  expect(lines).toEqual([]);
  await expectNoA11yViolations(page);
});

test("an unknown school gets a short message in the widget's language and one console line", async ({ page }) => {
  const lines = widgetConsole(page);
  await page.goto(schoolPage("/onbekend.html", `<script src="${SITE}/embed.js" async></script>
<techniek-aanbod school="bestaat-niet" lang="en" layout="grid"></techniek-aanbod>`));

  const aanbod = page.locator("techniek-aanbod");
  await expect(aanbod.getByText("This school is not (or no longer) on Het Techniek Loket.")).toBeVisible();
  await expect(aanbod.getByRole("link", { name: "See all organisations on Het Techniek Loket" })).toHaveAttribute("href", /\/organisaties$/);
  await expect.poll(() => lines).toEqual([
    expect.stringMatching(/^warning <techniek-aanbod> layout: unknown value "grid"/),
    expect.stringMatching(/^error <techniek-aanbod> school: no organisation "bestaat-niet"/),
  ]);
  await expectNoA11yViolations(page);
});

test("the fragments may be read from any origin, but only with a plain GET", async ({ page }) => {
  const { school } = await aSchoolWithEvents();
  await page.goto(schoolPage("/cors.html", "<p>Leeg</p>"));
  const results = await page.evaluate(async (address) => {
    const attempt = (init?: RequestInit) => fetch(address, init).then((response) => String(response.status), () => "blocked");
    return { get: await attempt(), post: await attempt({ method: "POST" }), credentials: await attempt({ credentials: "include" }) };
  }, `${SITE}/embed/aanbod?school=${school.slug}`);
  expect(results).toEqual({ get: "200", post: "blocked", credentials: "blocked" });
});

test("a snippet copied from the builder works in a plain page on another origin", async ({ page, context }) => {
  const { school, events } = await aSchoolWithEvents();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE });
  await page.goto("/zet-op-je-website");
  await expect(page.getByRole("heading", { level: 1, name: "Zet dit op je eigen website" })).toBeVisible();

  // Each change reloads the preview; wait for it, or a reload can overtake the next change.
  await page.locator("form[data-enhanced]").waitFor();
  await page.getByLabel("School", { exact: true }).selectOption(school.slug);
  await expect(page).toHaveURL(new RegExp(`school=${school.slug}`));
  await page.getByLabel("Partnerbedrijven").uncheck();
  await expect(page).not.toHaveURL(/partners/);
  await page.getByLabel("Aantal activiteiten (0 tot 20)").fill("2");
  await expect(page).toHaveURL(/events=2/);
  await page.getByRole("button", { name: "Voorbeeld bijwerken" }).click();

  await expect(page).toHaveURL(new RegExp(`school=${school.slug}`));
  const preview = page.frameLocator(`iframe[title="Voorbeeld: Techniek bij ${school.name}"]`);
  await expect(preview.getByRole("heading", { level: 2, name: `Techniek bij ${school.name}` })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Partnerbedrijven" })).toHaveCount(0);

  const script = page.locator("pre code").first();
  await expect(script).toContainText(`<techniek-aanbod school="${school.slug}"`);
  await expect(script).toContainText('events="2"');
  await page.getByRole("button", { name: "Kopieer de scriptcode" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gekopieerd" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await script.textContent());
  await expectNoA11yViolations(page);

  // The copied snippet, pasted into an otherwise empty page of a school's own site.
  await page.goto(schoolPage("/geplakt.html", copied));
  await expect(page.locator("techniek-aanbod").getByRole("heading", { level: 2, name: `Techniek bij ${school.name}` })).toBeVisible();
  await expect(page.locator("techniek-aanbod").getByRole("link", { name: events[0].title })).toBeVisible();

  // And the iframe form of the same choice.
  await page.goto(`/zet-op-je-website?school=${school.slug}&sections=events`);
  await page.goto(schoolPage("/iframe.html", (await page.locator("pre code").nth(1).textContent()) ?? ""));
  await expect(page.frameLocator("iframe").getByRole("heading", { name: `Techniek bij ${school.name}` })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("on a phone the iframe form grows to its content: nothing hidden in a nested scroll box", async ({ page }) => {
  const { school } = await aSchoolWithEvents();
  await page.goto(`/zet-op-je-website?school=${school.slug}`);
  const snippet = (await page.locator("pre code").nth(1).textContent()) ?? "";
  expect(snippet).toContain("addEventListener(\"message\"");
  const written = Number(/height="(\d+)"/.exec(snippet)![1]);

  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(schoolPage("/iframe-telefoon.html", snippet));
  const frame = page.frameLocator("iframe");
  await expect(frame.getByRole("heading", { name: `Techniek bij ${school.name}` })).toBeVisible();
  // The frame takes the height its document reports, which on a phone is more than the desktop guess.
  await expect.poll(async () => (await page.locator("iframe").boundingBox())!.height).toBeGreaterThan(written);
  // Inside the frame (another origin): its content fits the frame's viewport.
  const inside = page.frames().find((f) => f.url().includes("/embed/aanbod/iframe"))!;
  const { content, viewport } = await inside.evaluate(() => ({ content: document.documentElement.scrollHeight, viewport: window.innerHeight }));
  expect(viewport).toBeGreaterThanOrEqual(content);
});

test("the builder's preview follows the form as it changes, for the agenda too", async ({ page }) => {
  await page.goto("/zet-op-je-website?widget=agenda");
  await page.locator("form[data-enhanced]").waitFor();
  await page.getByLabel("Ouders").check();
  await expect(page).toHaveURL(/audience=parents/);
  await page.getByLabel("Techniekmarkt").check();

  // No button pressed: the address, the snippet and the preview follow the form.
  await expect(page).toHaveURL(/audience=parents.*kind=techniekmarkt/);
  await expect(page.locator("pre code").first()).toContainText('<techniek-agenda audience="parents" kind="techniekmarkt"></techniek-agenda>');
  await expect(page.locator("iframe")).toHaveAttribute("src", /\/embed\/agenda\/iframe\?audience=parents&kind=techniekmarkt$/);
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "Techniekagenda" })).toBeVisible();
  await expectNoA11yViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the builder is a plain form whose code can be selected", async ({ page }) => {
    const { school } = await aSchoolWithEvents();
    await page.goto("/zet-op-je-website");
    await page.getByLabel("School", { exact: true }).selectOption(school.slug);
    await page.getByLabel("Compact").check();
    await page.getByRole("button", { name: "Voorbeeld bijwerken" }).click();

    await expect(page.locator("pre code").first()).toContainText(`<techniek-aanbod school="${school.slug}" layout="compact"></techniek-aanbod>`);
    await expect(page.getByRole("button", { name: /Kopieer/ })).toHaveCount(0);
    await expect(page.frameLocator("iframe").getByRole("heading", { name: `Techniek bij ${school.name}` })).toBeVisible();
  });
});
