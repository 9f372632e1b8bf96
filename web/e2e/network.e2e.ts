import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

const CHALLENGE = "warmtepomp-challenge";

test("the action lines overview lists the plan's lines, and a line shows its offering and events", async ({ page }) => {
  const { actionLines } = await apiQuery(`{ actionLines { number slug title } }`);
  await page.goto("/actielijnen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actielijnen");
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(actionLines.length);
  await expectNoA11yViolations(page);

  const line = actionLines[0];
  const { actionLine } = await apiQuery(`{ actionLine(number: ${line.number}) { offerings { title organisation { name } } } }`);
  await page.getByRole("link", { name: new RegExp(line.title.replace(/[()]/g, "\\$&")) }).click();
  await expect(page).toHaveURL(new RegExp(`/actielijnen/${line.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(line.title);
  const offering = page.getByRole("region", { name: "Aanbod" });
  await expect(offering.getByRole("heading", { name: actionLine.offerings[0].title }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`activiteiten van actielijn ${line.number} in de agenda`) })).toHaveAttribute(
    "href",
    `/agenda?actielijn=${line.number}`,
  );
  await expectNoA11yViolations(page);
});

test("the challenges overview puts current challenges first, and a challenge shows its company, schools and timeline", async ({ page }) => {
  const { challenge } = await apiQuery(`{ challenge(slug: "${CHALLENGE}") {
    title status company { slug name } participants { organisation { name } } milestones { title }
  } }`);
  await page.goto("/challenges");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regionale challenges");
  const section = challenge.status === "COMPLETED" ? "Afgeronde challenges" : "Lopende en komende challenges";
  await expect(page.getByRole("region", { name: section }).getByRole("link", { name: challenge.title })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: challenge.title }).click();
  await expect(page).toHaveURL(new RegExp(`/challenges/${CHALLENGE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(challenge.title);
  await expect(page.getByRole("link", { name: challenge.company.name })).toHaveAttribute("href", `/organisaties/${challenge.company.slug}`);
  const schools = page.getByRole("region", { name: "Deelnemende scholen" });
  await expect(schools.getByRole("link")).toHaveCount(challenge.participants.length);
  await expect(page.getByRole("region", { name: "Tijdlijn" })).toContainText(challenge.milestones[0].title);
  await expectNoA11yViolations(page);
});

test("the sitemap is XML and lists the event pages", async ({ page, request, baseURL }) => {
  const { events } = await apiQuery(`{ events(first: 1, filter: { includeCancelled: false }) { edges { node { slug } } } }`);
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  const xml = await response.text();

  const locs = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) throw new Error("The sitemap is not well-formed XML");
    return [...doc.getElementsByTagName("loc")].map((loc) => loc.textContent);
  }, xml);
  expect(locs).toContain(`${baseURL}/agenda/${events.edges[0].node.slug}`);
  expect(locs).toContain(`${baseURL}/organisaties/het-ambachtshuis`);
  expect(locs).toContain(`${baseURL}/challenges/${CHALLENGE}`);
  expect(locs).toContain(`${baseURL}/actielijnen`);
});

test("robots.txt allows crawling and names the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text).toContain("User-agent: *");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
