// The agenda in a browser: filtering through the form, sharing the URL, paging, the month view,
// empty states, and the same journey with JavaScript off. Expectations come from the API, which
// runs on the real clock, so the tests do not hard-code what "upcoming" holds today.
import type { Page } from "@playwright/test";
import { apiQuery, expect, expectNoA11yViolations, test, VISITOR_MODES } from "./fixtures";

interface Listed {
  slug: string;
  title: string;
}

async function upcoming(filter: Record<string, unknown> = {}, first = 100): Promise<{ totalCount: number; events: Listed[] }> {
  const data = await apiQuery(
    `query Upcoming($filter: EventFilter, $first: Int) { events(filter: $filter, first: $first) { totalCount edges { node { slug title } } } }`,
    { filter: { signupModes: VISITOR_MODES, ...filter }, first },
  );
  return { totalCount: data.events.totalCount, events: data.events.edges.map((edge: { node: Listed }) => edge.node) };
}

/** The event links of the list, in order. */
async function listedSlugs(page: Page): Promise<string[]> {
  const hrefs = await page.locator("ol.agenda-list h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  return hrefs.map((href) => href!.replace("/agenda/", ""));
}

const count = (page: Page) => page.locator("p.count");
const activities = (n: number) => (n === 1 ? "1 activiteit" : `${n} activiteiten`);

/** The current month in Amsterdam as the site names it, e.g. "november 2026". */
function currentMonthName(): string {
  return new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", month: "long", year: "numeric" }).format(new Date());
}

test("filtering through the form puts the filter in the URL, and that URL shows the same to someone else", async ({ page, browser }) => {
  const expected = await upcoming({ kinds: ["TECHNIEKMARKT"], municipalities: ["meierijstad"] });
  expect(expected.totalCount).toBeGreaterThan(0);

  await page.goto("/agenda");
  // A change before hydration is not applied until "Toon activiteiten"; wait for the enhancement.
  await page.locator("form.filters[data-enhanced]").waitFor();
  const markt = page.getByRole("checkbox", { name: "Techniekmarkt", exact: true });
  await markt.check();
  await expect(page).toHaveURL(/\/agenda\?soort=techniekmarkt$/);
  // The enhanced form applies itself and leaves focus where it was.
  await expect(markt).toBeFocused();

  await page.getByLabel("Gemeente").selectOption({ label: "Meierijstad" });
  await expect(page).toHaveURL(/\/agenda\?soort=techniekmarkt&gemeente=meierijstad$/);
  await expect(count(page)).toHaveText(activities(expected.totalCount));
  expect(await listedSlugs(page)).toEqual(expected.events.map((e) => e.slug));
  await expect(page.getByRole("link", { name: "Verwijder filter Gemeente: Meierijstad" })).toBeVisible();

  // Shared or bookmarked: a fresh browser context opens the same selection.
  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(count(other)).toHaveText(activities(expected.totalCount));
  expect(await listedSlugs(other)).toEqual(expected.events.map((e) => e.slug));
  await expect(other.getByRole("checkbox", { name: "Techniekmarkt", exact: true })).toBeChecked();
  await expect(other.getByLabel("Gemeente")).toHaveValue("meierijstad");
  await other.close();
});

test("pages forward and back through the agenda with cursor links", async ({ page }) => {
  const { totalCount, events } = await upcoming({}, 40);
  expect(totalCount).toBeGreaterThan(20);

  await page.goto("/agenda");
  await expect(count(page)).toHaveText(activities(totalCount));
  expect(await listedSlugs(page)).toEqual(events.slice(0, 20).map((e) => e.slug));

  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/\/agenda\?na=/);
  await expect.poll(() => listedSlugs(page)).toEqual(events.slice(20, 40).map((e) => e.slug));

  await page.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(page).toHaveURL(/\/agenda\?terug=/);
  await expect.poll(() => listedSlugs(page)).toEqual(events.slice(0, 20).map((e) => e.slug));
  await expect(page.getByRole("link", { name: "Vorige pagina" })).toHaveCount(0);
});

test("the month view is a table of this month with today marked, and keeps the filter between months", async ({ page }) => {
  await page.goto("/agenda?soort=techniekmarkt");
  await page.getByRole("link", { name: "Maand", exact: true }).click();
  await expect(page).toHaveURL(/\/agenda\?soort=techniekmarkt&weergave=maand/);
  const table = page.getByRole("table", { name: currentMonthName() });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["ma", "di", "wo", "do", "vr", "za", "zo"]);
  await expect(table.locator('[aria-current="date"]')).toHaveCount(1);

  // A techniekmarkt in a later month, straight from the API.
  const [markt] = (
    await apiQuery(`{ events(first: 1, filter: { kinds: [TECHNIEKMARKT], signupModes: [NONE, PLATFORM, EXTERNAL] }) { edges { node { title startsAt } } } }`)
  ).events.edges.map((edge: { node: { title: string; startsAt: string } }) => edge.node);
  const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit" }).format(new Date(markt.startsAt));
  await page.goto(`/agenda?soort=techniekmarkt&weergave=maand&maand=${month}`);
  await expect(page.getByRole("table").getByRole("link", { name: markt.title })).toBeVisible();

  await page.getByRole("navigation", { name: "Andere maand" }).getByRole("link").last().click();
  await expect(page).toHaveURL(/\/agenda\?soort=techniekmarkt&weergave=maand&maand=\d{4}-\d{2}$/);
  await expect(page.getByRole("link", { name: "Verwijder filter Soort: Techniekmarkt" })).toBeVisible();
});

test("a several-day event appears on each of its days in the month view", async ({ page }) => {
  // The month view shows past days too, so any event of the demo agenda that spans days will do.
  type Node = { title: string; startsAt: string; endsAt: string };
  let week: Node | undefined;
  let after: string | null = null;
  do {
    const { events } = await apiQuery(
      `query($after: String) { events(first: 100, after: $after, filter: { from: "2000-01-01T00:00:00Z", signupModes: [NONE, PLATFORM, EXTERNAL] }) {
        edges { node { title startsAt endsAt } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    week = events.edges.map((edge: { node: Node }) => edge.node).find((e: Node) => Date.parse(e.endsAt) - Date.parse(e.startsAt) > 86_400_000);
    after = events.pageInfo.hasNextPage ? events.pageInfo.endCursor : null;
  } while (!week && after);
  expect(week, "the demo agenda has an event that spans several days").toBeDefined();

  const month = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit" }).format(new Date(week!.startsAt));
  await page.goto(`/agenda?weergave=maand&maand=${month}`);
  expect(await page.getByRole("table").getByRole("link", { name: week!.title }).count()).toBeGreaterThan(1);
});

test("an empty result says so and offers a wider search", async ({ page }) => {
  await page.goto("/agenda?soort=techniekmarkt&tekst=onvindbaarwoord");
  await expect(page.getByText("Geen activiteiten gevonden")).toBeVisible();
  await expect(count(page)).toHaveText("0 activiteiten");

  await page.getByRole("link", { name: 'Zonder "Tekst: onvindbaarwoord"' }).click();
  await expect(page).toHaveURL(/\/agenda\?soort=techniekmarkt$/);
  const { totalCount } = await upcoming({ kinds: ["TECHNIEKMARKT"] });
  await expect(count(page)).toHaveText(activities(totalCount));
});

test("bad values in the URL are ignored with a Dutch notice; an unknown place too", async ({ page }) => {
  const response = await page.goto("/agenda?soort=kermis&van=2026-02-30&plaats=Atlantis");
  expect(response?.status()).toBe(200);
  await expect(page.getByText('We hebben "kermis" bij "soort" genegeerd')).toBeVisible();
  await expect(page.getByText('We hebben "2026-02-30" bij "van" genegeerd')).toBeVisible();
  await expect(page.getByText("We kennen die plaats of postcode niet").first()).toBeVisible();
  const { totalCount } = await upcoming();
  await expect(count(page)).toHaveText(activities(totalCount));
});

test("the distance filter lists what the API finds near a town", async ({ page }) => {
  const { locate } = await apiQuery(`{ locate(query: "Veghel") { latitude longitude } }`);
  const expected = await upcoming({ near: { ...locate, radiusKm: 5 } });
  await page.goto("/agenda?plaats=Veghel&afstand=5");
  await expect(count(page)).toHaveText(activities(expected.totalCount));
  await expect(page.getByRole("link", { name: "Verwijder filter Binnen 5 km van Veghel" })).toBeVisible();
  // Every card with a place says how far it is, never more than the radius.
  const distances = await page.locator(".agenda-list .distance").allTextContents();
  expect(distances.length).toBeGreaterThan(0);
  for (const distance of distances) expect(Number(/\(([\d,]+) km van Veghel\)/.exec(distance)![1].replace(",", "."))).toBeLessThanOrEqual(5);
});

test("the agenda shows what a visitor can go to; sessions by invitation only on request", async ({ page }) => {
  const open = await upcoming();
  const all = await upcoming({ signupModes: null });
  expect(all.totalCount).toBeGreaterThan(open.totalCount);
  await page.goto("/agenda");
  await expect(count(page)).toHaveText(activities(open.totalCount));
  await expect(page.locator(".agenda-list").getByText("Alleen op uitnodiging")).toHaveCount(0);

  await page.getByRole("group", { name: "Meedoen" }).getByLabel("Ook sessies op uitnodiging").check();
  await expect(page).toHaveURL(/toegang=alles/);
  await expect(count(page)).toHaveText(activities(all.totalCount));
  await expect(page.getByRole("link", { name: "Verwijder filter Meedoen: ook sessies op uitnodiging" })).toBeVisible();

  const signup = await upcoming({ signupModes: ["PLATFORM", "EXTERNAL"] });
  await page.goto("/agenda?toegang=aanmelden");
  await expect(count(page)).toHaveText(activities(signup.totalCount));
});

test("a text search finds a theme despite a typo, and a town by its common name", async ({ page }) => {
  const themed = await upcoming({ themes: ["robotica"] });
  const typo = await upcoming({ text: "robotika" });
  expect(themed.totalCount).toBeGreaterThan(0);
  expect(typo.events.map((e) => e.slug)).toEqual(expect.arrayContaining(themed.events.map((e) => e.slug)));
  await page.goto("/agenda?tekst=robotika");
  await expect(count(page)).toHaveText(activities(typo.totalCount));
  expect(await listedSlugs(page)).toContain(themed.events[0].slug);

  const bosch = await upcoming({ text: "Den Bosch" });
  expect(bosch.totalCount).toBeGreaterThan(0);
  await page.goto("/agenda?tekst=Den+Bosch");
  await expect(count(page)).toHaveText(activities(bosch.totalCount));
});

test("a search lists the events with the words in their title first, then the others", async ({ page }) => {
  await page.goto("/agenda?tekst=veghel");
  await expect(page.getByText("Beste treffers eerst")).toBeVisible();
  const titles = await page.locator(".agenda-list .title a").allTextContents();
  const inTitle = titles.filter((title) => /veghel/i.test(title)).length;
  expect(inTitle).toBeGreaterThan(0);
  expect(inTitle).toBeLessThan(titles.length);
  expect(titles.slice(0, inTitle).every((title) => /veghel/i.test(title))).toBe(true);
});

for (const path of ["/agenda", "/agenda?weergave=maand", "/techniekmarkten", "/netwerkbijeenkomsten"]) {
  test(`${path} has a title, one h1 and no axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/Het Techniek Loket/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.{50,}/);
    await expectNoA11yViolations(page);
  });
}

test("the techniekmarkten page lists the coming markets and links to the filtered agenda and its calendar", async ({ page }) => {
  const expected = await upcoming({ kinds: ["TECHNIEKMARKT"] }, 12);
  await page.goto("/techniekmarkten");
  expect(await listedSlugs(page)).toEqual(expected.events.map((e) => e.slug));
  await expect(page.getByRole("link", { name: /techniekmarkten in de agenda/ })).toHaveAttribute("href", "/agenda?soort=techniekmarkt");
  await expect(page.getByRole("link", { name: "Of download het agendabestand (iCalendar)" })).toHaveAttribute("href", "/agenda.ics?soort=techniekmarkt");
  await expect(page.getByLabel("Agenda-adres om te kopiëren")).toHaveValue(/^http:\/\/localhost:\d+\/agenda\.ics\?soort=techniekmarkt$/);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the form filters on submit and the paging links work", async ({ page }) => {
    // Techlab sessions including those by invitation only: enough for two pages.
    const expected = await upcoming({ kinds: ["TECHLAB_SESSION"], signupModes: null }, 40);
    expect(expected.totalCount).toBeGreaterThan(20);

    await page.goto("/agenda");
    await page.getByRole("checkbox", { name: "Techlab-sessie" }).check();
    await page.getByRole("radio", { name: "Ook sessies op uitnodiging" }).check();
    await page.getByRole("button", { name: "Toon activiteiten" }).click();
    // The server tidies the form's empty fields into the short address.
    await expect(page).toHaveURL(/\/agenda\?soort=techlab&toegang=alles$/);
    await expect(count(page)).toHaveText(activities(expected.totalCount));
    expect(await listedSlugs(page)).toEqual(expected.events.slice(0, 20).map((e) => e.slug));

    await page.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/\/agenda\?soort=techlab&toegang=alles&na=/);
    expect(await listedSlugs(page)).toEqual(expected.events.slice(20, 40).map((e) => e.slug));
  });
});
