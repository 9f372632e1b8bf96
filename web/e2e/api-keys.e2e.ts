// A partner's key: the school's admin makes one in /beheer, copies the secret shown once, and the
// school's own system creates an event with it over the API; the key is refused for another
// organisation, shows its last use, and stops working once revoked.
import { API_URL, expect, expectNoA11yViolations, test, useSharedSession } from "./fixtures";

const SCHOOL_ADMIN = "school@techniekloket.example";

const eventInput = {
  title: "Techlab vanuit het roostersysteem",
  summary: "Een sessie die het roostersysteem van de school heeft ingevoerd.",
  kind: "TECHLAB_SESSION",
  startsAt: "2027-05-12T08:30:00Z",
  endsAt: "2027-05-12T11:30:00Z",
  venue: { name: "Het Ambachtshuis, Techlab", city: "Oss" },
};

/** The school's own system, asking the API with the key. */
async function createEventWithKey(secret: string, organisationSlug: string) {
  const ask = async (query: string, variables: Record<string, unknown>) =>
    (await fetch(API_URL, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables }) })).json();
  const { data } = await ask(`query($slug: String!) { organisation(slug: $slug) { id } }`, { slug: organisationSlug });
  return ask(`mutation($o: ID!, $i: EventInput!) { createEvent(organisation: $o, input: $i) { __typename ... on Event { title status } } }`, { o: data.organisation.id, i: eventInput });
}

test("the school's admin makes an API key, its system writes an event with it, and the key is revoked", async ({ page, baseURL }) => {
  await useSharedSession(page.context(), baseURL!, SCHOOL_ADMIN);
  await page.goto("/beheer/organisaties/het-ambachtshuis");
  await page.getByRole("link", { name: "API-sleutels voor koppelingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API-sleutels van Het Ambachtshuis" })).toBeVisible();
  await expectNoA11yViolations(page);

  // Without a name or a scope the form says what is missing, beside the fields.
  await page.getByRole("checkbox", { name: /Activiteiten schrijven/ }).uncheck();
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.locator("#sleutel-name-fout")).toContainText("Geef de sleutel een naam");
  await expect(page.locator("#sleutel-scopes-fout")).toContainText("Kies wat de sleutel mag");
  await expectNoA11yViolations(page);

  const name = `Roostersysteem ${Date.now().toString(36)}`;
  await page.getByLabel("Naam").fill(name);
  await page.getByRole("checkbox", { name: /Activiteiten schrijven/ }).check();
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  const shown = page.getByRole("status");
  await expect(shown).toContainText(`De sleutel "${name}" is gemaakt`);
  const secret = (await shown.locator("code").first().textContent())!.trim();
  expect(secret).toMatch(/^tlk_[a-z2-7]{32}$/);
  await expectNoA11yViolations(page);

  const created = await createEventWithKey(secret, "het-ambachtshuis");
  expect(created.data.createEvent).toEqual({ __typename: "Event", title: eventInput.title, status: "DRAFT" });
  const elsewhere = await createEventWithKey(secret, "aadal-college");
  expect(elsewhere.data.createEvent.__typename).toBe("ForbiddenError");

  // Once shown, never again: the list has its first characters and its last use.
  await page.goto("/beheer/organisaties/het-ambachtshuis/sleutels");
  await expect(page.getByText(secret)).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${secret.slice(0, 12)}…`);
  await expect(row).not.toContainText("Nog niet");

  await row.getByRole("button", { name: `Intrekken ${name}` }).click();
  await expect(page.getByRole("status")).toContainText("De sleutel is ingetrokken");
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Ingetrokken op");
  const refused = await createEventWithKey(secret, "het-ambachtshuis");
  expect(refused.errors[0].extensions.code).toBe("UNAUTHENTICATED");
});
