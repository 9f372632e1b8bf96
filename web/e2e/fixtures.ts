// Shared helpers for the browser tests.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export { expect };

/**
 * Playwright's test, with every page watched for what the Content-Security-Policy blocked: Chromium
 * reports each blocked script, style, frame or request as a console error ("Refused to ..."), and a
 * test fails on any, so a page that only works without the policy cannot pass.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Refused to|Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await use(page);
    expect(refused, "blocked by the Content-Security-Policy").toEqual([]);
  },
});

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
