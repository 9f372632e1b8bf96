// Addresses anyone can make up (a NUL byte, a year 9999, 30 February) on every kind of route: each
// gets a 4xx or the agenda's own notice, never a 500, and never the notice that the site is down.
import { expect, test } from "./fixtures";

const SITE_DOWN = "niet bereikbaar";

test("a NUL or other control character anywhere in an address is a 400 in Dutch, on every kind of route", async ({ request }) => {
  const addresses = [
    "/agenda?tekst=robot%00",
    "/agenda?gemeente=o%00ss",
    "/agenda/techniekmarkt%00",
    "/organisaties/het-ambachtshuis%00",
    "/organisaties?tekst=a%00",
    "/challenges/x%00",
    "/actielijnen/x%00",
    "/agenda.ics?plaats=oss%00",
    "/agenda.atom?organisatie=%00",
    "/agenda/x%00.ics",
    "/sitemap.xml?x=%00",
    "/embed/aanbod?school=het-ambachtshuis%00",
    "/embed/aanbod/iframe?school=%00",
    "/embed/agenda?organisation=a%00",
    "/embed/agenda/iframe?municipality=oss%0A",
  ];
  for (const address of addresses) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(400);
    expect(await response.text(), address).toContain("tekens die we niet kunnen lezen");
  }
});

test("dates at the edges of the calendar, or that do not exist, get the agenda's notice, in the list and the month view", async ({ page }) => {
  const cases = [
    { query: "tot=9999-12-31", name: "tot", value: "9999-12-31" },
    { query: "van=0001-01-01", name: "van", value: "0001-01-01" },
    { query: "van=2026-02-30", name: "van", value: "2026-02-30" },
    { query: "weergave=maand&maand=9999-12", name: "maand", value: "9999-12" },
    { query: "weergave=maand&maand=0001-01", name: "maand", value: "0001-01" },
  ];
  for (const { query, name, value } of cases) {
    const response = await page.goto(`/agenda?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("status").filter({ hasText: `We hebben "${value}" bij "${name}" genegeerd` })).toBeVisible();
    await expect(page.getByText(SITE_DOWN)).toHaveCount(0);
  }
});

test("the feeds take the same dates without failing", async ({ request }) => {
  for (const address of ["/agenda.ics?tot=9999-12-31", "/agenda.atom?van=2026-02-30&tot=0001-01-01", "/agenda.atom?weergave=maand&maand=9999-12"]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
  }
});
