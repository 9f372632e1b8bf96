// Shared helpers for the browser tests.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export { expect, test } from "@playwright/test";

/** The API the site under test talks to (see playwright.config.ts). */
export const API_URL = process.env.E2E_API_URL ?? "http://localhost:4310/graphql";

/** Fails with the list of axe violations (WCAG 2.1 A and AA) on the page as it is now. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(violations).toEqual([]);
}

/** Asks the API directly, for expectations that follow the data rather than hard-coding it. */
export async function apiQuery<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(API_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
