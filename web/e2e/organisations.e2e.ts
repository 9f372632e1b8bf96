import { apiQuery, expect, expectNoA11yViolations, test } from "./fixtures";

const SCHOOL = "het-ambachtshuis";

interface Linked {
  slug: string;
  name: string;
}

async function school() {
  const { organisation } = await apiQuery<{
    organisation: {
      name: string;
      locations: Linked[];
      roles: { kind: string; person: { name: string; workEmail: string | null } }[];
      partners: { to: Linked }[];
      primarySchools: { to: Linked }[];
    };
  }>(`{ organisation(slug: "${SCHOOL}") {
    name locations { slug name }
    roles { kind person { name workEmail } }
    partners: outgoingLinks(kinds: [PARTNER_COMPANY]) { to { slug name } }
    primarySchools: outgoingLinks(kinds: [SERVES_PRIMARY_SCHOOL]) { to { slug name } }
  } }`);
  return organisation;
}

test("the directory filters by kind and municipality through its form", async ({ page }) => {
  const { organisations } = await apiQuery(
    `{ organisations(filter: { kinds: [VMBO_SCHOOL], municipalities: ["oss"] }) { totalCount } }`,
  );
  await page.goto("/organisaties");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisaties");
  await expectNoA11yViolations(page);

  const form = page.getByRole("group", { name: "Filter de organisaties" });
  await form.getByLabel("Soort").selectOption({ label: "Vmbo-school" });
  await form.getByLabel("Gemeente").selectOption({ label: "Oss" });
  await form.getByRole("button", { name: "Toon organisaties" }).click();

  await expect(page).toHaveURL(/\/organisaties\?soort=vmbo-school&gemeente=oss/);
  const count = organisations.totalCount === 1 ? "1 organisatie" : `${organisations.totalCount} organisaties`;
  await expect(page.getByRole("heading", { level: 2, name: `${count} gevonden` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Het Ambachtshuis" })).toBeVisible();
  await expect(form.getByLabel("Soort")).toHaveValue("vmbo-school");
});

test("the directory pages with cursors and says when nothing matches", async ({ page }) => {
  await page.goto("/organisaties");
  await page.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(page).toHaveURL(/\?na=/);
  await page.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(page).toHaveURL(/\?terug=/);

  await page.goto("/organisaties?soort=basisschool&profiel=pie");
  await expect(page.getByText("Er zijn geen organisaties die bij deze filters passen.")).toBeVisible();
});

test("the text search is ?tekst=, as on the agenda, and addresses with the former names still work", async ({ page }) => {
  const form = page.getByRole("group", { name: "Filter de organisaties" });
  await page.goto("/organisaties");
  await form.getByLabel("Naam of plaats").fill("Ambachtshuis");
  await form.getByRole("button", { name: "Toon organisaties" }).click();
  // A GET form sends its empty fields too (the directory keeps them, unlike the agenda).
  await expect(page).toHaveURL(/\/organisaties\?soort=&gemeente=&profiel=&tekst=Ambachtshuis$/);
  await expect(page.getByRole("link", { name: "Het Ambachtshuis" })).toBeVisible();

  const response = await page.goto("/organisaties?zoek=Ambachtshuis");
  const former = response?.request().redirectedFrom();
  expect(former?.url()).toMatch(/\?zoek=Ambachtshuis$/);
  expect((await former?.response())?.status()).toBe(301);
  await expect(page).toHaveURL(/\/organisaties\?tekst=Ambachtshuis$/);
  await expect(form.getByLabel("Naam of plaats")).toHaveValue("Ambachtshuis");
});

test("a vmbo school shows its schakelfunctionaris, partners and locations, and links to a partner's offering", async ({ page }) => {
  const data = await school();
  await page.goto(`/organisaties/${SCHOOL}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.name);

  const schakel = data.roles.find((role) => role.kind === "SCHAKELFUNCTIONARIS")!;
  const schakelSection = page.getByRole("region", { name: "Schakelfunctionaris" });
  await expect(schakelSection).toContainText(schakel.person.name);
  await expect(schakelSection.getByRole("link", { name: schakel.person.workEmail! })).toHaveAttribute(
    "href",
    `mailto:${schakel.person.workEmail}`,
  );

  const locations = page.getByRole("region", { name: "Locaties" });
  await expect(locations.getByRole("link")).toHaveCount(data.locations.length);

  const partners = page.getByRole("region", { name: "Partnerbedrijven" });
  await expect(partners.getByRole("link")).toHaveCount(data.partners.length);
  await expectNoA11yViolations(page);

  const partner = data.partners[0].to;
  const { organisation } = await apiQuery(`{ organisation(slug: "${partner.slug}") { offerings { title } } }`);
  await partners.getByRole("link", { name: partner.name }).click();
  await expect(page).toHaveURL(new RegExp(`/organisaties/${partner.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(partner.name);
  await expect(page.getByRole("region", { name: "Aanbod" })).toContainText(organisation.offerings[0].title);
  await expect(page.getByRole("region", { name: "Partnerscholen" }).getByRole("link", { name: data.name })).toBeVisible();
  await expectNoA11yViolations(page);
});

test("organisation pages list only people whose role has not ended: exactly the API's current roles", async ({ page }) => {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date());
  const { organisations } = await apiQuery(`{ organisations(first: 100, filter: { kinds: [VMBO_SCHOOL] }) {
    edges { node { slug roles { kind endsOn person { name } } } }
  } }`);
  const schools: { slug: string; roles: { kind: string; endsOn: string | null; person: { name: string } }[] }[] = organisations.edges.map(
    (edge: { node: unknown }) => edge.node,
  );
  const ended = schools.flatMap((school) => school.roles.filter((role) => role.endsOn && role.endsOn < today).map((role) => `${school.slug}: ${role.person.name}`));
  expect(ended).toEqual([]);

  // Hybrid teachers are the demo network's roles that end; a school with one shows exactly its current people.
  const school = schools.find((candidate) => candidate.roles.some((role) => role.kind === "HYBRID_TEACHER"))!;
  await page.goto(`/organisaties/${school.slug}`);
  const listed = await page.locator("ul.people .name").allTextContents();
  expect(listed.sort()).toEqual(school.roles.map((role) => role.person.name).sort());
});

test("a primary school shows the vmbo school it works with", async ({ page }) => {
  const data = await school();
  const primary = data.primarySchools[0].to;
  await page.goto(`/organisaties/${primary.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(primary.name);
  await expect(page.getByRole("region", { name: "Samenwerking met het vmbo" }).getByRole("link", { name: data.name })).toHaveAttribute(
    "href",
    `/organisaties/${SCHOOL}`,
  );
  await expectNoA11yViolations(page);
});

test("a location shows its school", async ({ page }) => {
  const location = (await school()).locations[0];
  await page.goto(`/organisaties/${location.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(location.name);
  await expect(page.getByRole("navigation", { name: "Kruimelpad" }).getByRole("link", { name: "Het Ambachtshuis" })).toBeVisible();
});

test("an unknown organisation gets the Dutch 404 page", async ({ page }) => {
  const response = await page.goto("/organisaties/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory's filter form works", async ({ page }) => {
    await page.goto("/organisaties");
    await page.getByLabel("Soort").selectOption({ label: "Bedrijf" });
    await page.getByRole("button", { name: "Toon organisaties" }).click();
    await expect(page).toHaveURL(/soort=bedrijf/);
    await expect(page.getByRole("heading", { level: 2, name: /gevonden$/ })).toBeVisible();
  });
});
