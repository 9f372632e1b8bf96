// The API's explorer (GraphiQL) in a browser: it works under its own Content-Security-Policy (the
// fixture fails on anything the policy blocks), runs the example query, and refuses to be framed.
import { API_URL, expect, test } from "./fixtures";

test("GraphiQL runs the example queries under its Content-Security-Policy", async ({ page }) => {
  const response = await page.goto(API_URL);
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await page.getByRole("button", { name: /execute query/i }).click();
  await page.getByRole("menuitem", { name: "NextTechniekmarkten" }).click();
  await expect(page.locator(".graphiql-response")).toContainText('"totalCount"', { timeout: 15_000 });
});
