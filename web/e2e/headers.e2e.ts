// Headers the browser enforces: nosniff on every answer (static files too, which adapter-node
// serves before the site's hooks), and a Content-Security-Policy on the site's pages. That every
// page works under the policy is checked by every browser test (see fixtures.ts).
import { expect, test } from "./fixtures";

test("static files carry X-Content-Type-Options: nosniff like every other answer", async ({ page, request }) => {
  await page.goto("/agenda");
  const script = await page.locator('link[rel="modulepreload"][href*="/_app/immutable/"]').first().getAttribute("href");
  for (const path of ["/favicon.svg", new URL(script!, page.url()).pathname, "/agenda", "/agenda.ics", "/embed/agenda"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("the site's pages allow only their own scripts and no inline code, and framing by the site itself", async ({ request }) => {
  for (const path of ["/", "/agenda", "/organisaties", "/zet-op-je-website"]) {
    const policy = (await request.get(path)).headers()["content-security-policy"];
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).toMatch(/script-src 'self'[;\s]/);
    expect(policy, path).toContain("frame-ancestors 'self'");
    expect(policy, path).not.toContain("unsafe-inline");
  }
  // The agenda runs SvelteKit's start-up script, allowed by this response's nonce.
  const agenda = await request.get("/agenda");
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(agenda.headers()["content-security-policy"])?.[1];
  expect(await agenda.text()).toContain(`<script nonce="${nonce}">`);
});

test("the widget's iframe form keeps its own policy, so school websites can still frame it", async ({ request }) => {
  const response = await request.get("/embed/agenda/iframe");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(response.headers()["x-frame-options"]).toBeUndefined();
});
