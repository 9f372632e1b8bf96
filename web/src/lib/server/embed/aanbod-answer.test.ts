// GET /embed/aanbod and /embed/aanbod/iframe against a fake API (msw).
import { createHash } from "node:crypto";
import { FRAME_HEIGHT_SCRIPT } from "./frame-height";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { fakeApi } from "$lib/server/fake-api";
import { aanbodAnswer } from "./answers";
import { edges, event, school, SITE, widgetRequest } from "./fixtures";

const server = fakeApi();

function api(organisation: ReturnType<typeof school> | null, seen: Record<string, unknown>[] = []) {
  server.use(
    graphql.query("EmbedAanbod", ({ variables }) => {
      seen.push(variables);
      return HttpResponse.json({ data: { organisation, events: variables.withEvents ? edges(event) : undefined } });
    }),
  );
  return seen;
}

const text = (html: string) => html.replace(/<style[^]*?<\/style>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

describe("the aanbod fragment", () => {
  it("shows every section with content, in the default order, with links to the site", async () => {
    const seen = api(school());
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college"), "fragment");
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(seen).toEqual([{ school: "aadal-college", events: 3, withEvents: true }]);
    const headings = [...html.matchAll(/<(h\d)[^>]*>([^<]*)/g)].map(([, tag, title]) => `${tag} ${title.trim()}`);
    expect(headings).toEqual([
      "h2 Techniek bij Aadal College",
      "h3 Technische profielen",
      "h3 Techlab",
      "h3 Voor basisscholen",
      "h3 Keuzevakken en talentlessen",
      "h3 Regionale challenges",
      "h3 Partnerbedrijven",
      "h3 Binnenkort",
      "h3 Contact",
    ]);
    const body = text(html);
    expect(body).toContain("Bouwen, Wonen en Interieur");
    expect(body).not.toContain("Zorg en Welzijn"); // technical profiles only
    expect(body).toContain("Gastles bouwen");
    expect(body).toContain("Fatima Timmermans");
    expect(body).not.toContain("Priya van de Ven"); // the contact is the schakelfunctionaris
    expect(html).toContain(`href="${event.url}"`);
    expect(html).toContain(`href="${SITE}/challenges/robot-aan-de-productielijn"`);
    expect(html).not.toContain("target="); // the fragment lives in the host page
    expect(html).toMatch(/^<style/); // its own styles, for the shadow root
    expect(html).not.toContain("<script");
  });

  it("shows only the chosen sections, in the chosen order, and asks for the chosen number of events", async () => {
    const seen = api(school());
    const html = await (await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college&sections=contact,events&events=5"), "fragment")).text();

    expect(seen[0]).toMatchObject({ events: 5, withEvents: true });
    expect([...html.matchAll(/<h3[^>]*>([^<]*)/g)].map(([, title]) => title)).toEqual(["Contact", "Binnenkort"]);
  });

  it("does not ask for events it will not show", async () => {
    const seen = api(school());
    await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college&sections=profiles"), "fragment");
    expect(seen[0]).toMatchObject({ withEvents: false });
  });

  it("renders a name with <script> in it as text", async () => {
    api(school({ name: '<script>alert("x")</script> College', email: '"><img src=x onerror=alert(1)>' }));
    for (const form of ["fragment", "document"] as const) {
      const html = await (await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college"), form)).text();
      // The document's own height script is the only script element.
      expect(html.replace(`<script>${FRAME_HEIGHT_SCRIPT}</script>`, "")).not.toContain("<script");
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;script>alert(");
    }
  });

  it("speaks English with lang=en, in its texts and dates", async () => {
    api(school());
    const html = await (await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college&lang=en&sections=events"), "fragment")).text();
    expect(html).toContain('lang="en"');
    expect(text(html)).toContain("Technology at Aadal College");
    expect(text(html)).toContain("Coming up");
    expect(text(html)).toMatch(/Thursday,? 21 January 2027, 18:00–21:00/); // the comma depends on the ICU version
  });

  it("fits its headings into the host page's outline", async () => {
    api(school());
    const html = await (await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college&heading-level=5&sections=techlab"), "fragment")).text();
    expect(html).toMatch(/<h5[^>]*>\s*Techniek bij Aadal College/);
    expect(html).toMatch(/<h6[^>]*>Techlab/);
    const deepest = await (await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college&heading-level=6&sections=techlab"), "fragment")).text();
    expect(deepest).toMatch(/<h6[^>]*>Techlab/); // never h7
  });
});

describe("HTTP", () => {
  it("is cacheable and readable from any origin, without credentials", async () => {
    api(school());
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college"), "fragment");

    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toBe("Techniek-Warnings, Techniek-Error");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300, stale-while-revalidate=86400");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
  });

  it("answers 304 to a matching If-None-Match, and 200 to a stale one", async () => {
    api(school());
    const first = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college"), "fragment");
    const etag = first.headers.get("etag")!;

    const again = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college", { "if-none-match": `W/${etag}` }), "fragment");
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");

    const stale = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college", { "if-none-match": '"old"' }), "fragment");
    expect(stale.status).toBe(200);
  });

  it("sends the attribute warnings for the loader to print", async () => {
    api(school());
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college&lang=fr&sections=events,agenda"), "fragment");
    const lines = response.headers.get("techniek-warnings")!.split(",").map(decodeURIComponent);
    expect(lines).toEqual([expect.stringMatching(/^sections: unknown value "agenda"/), expect.stringMatching(/^lang: unknown value "fr"/)]);
  });
});

describe("when it cannot show the school", () => {
  it("answers 404 with a message in the widget's language and a link to the directory", async () => {
    api(null);
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=bestaat-niet&lang=en"), "fragment");
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(text(html)).toContain("This school is not (or no longer) on Het Techniek Loket.");
    expect(html).toContain(`href="${SITE}/organisaties"`);
    expect(response.headers.get("techniek-error")).toBe(`school: no organisation "bestaat-niet" on ${SITE}`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers 400 without a usable school, with the school's warning as its one error line", async () => {
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=Aadal%20College&layout=grid"), "fragment");
    expect(response.status).toBe(400);
    expect(response.headers.get("techniek-error")).toMatch(/^school: "Aadal College" is not a slug/);
    expect(decodeURIComponent(response.headers.get("techniek-warnings")!)).toMatch(/^layout: /);
    expect(text(await response.text())).toContain("Dit overzicht weet niet welke school het moet tonen.");
  });

  it("answers 503, not cached, when the API is down, with a link to the school's page", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("EmbedAanbod", () => HttpResponse.error()));
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college"), "fragment");
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain(`href="${SITE}/organisaties/aadal-college"`);
  });

  it("answers 400 with its message when the API refuses a variable as the visitor's input", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    server.use(graphql.query("EmbedAanbod", () => HttpResponse.json({ errors: [{ message: 'Variable "$events" got invalid value' }] }, { status: 400 })));
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod?school=aadal-college"), "fragment");
    expect(response.status).toBe(400);
    expect(response.headers.get("techniek-error")).toMatch(/check their values/);
    expect(await response.text()).toContain("Dit overzicht kan met deze instellingen niet worden getoond.");
  });
});

describe("the iframe form", () => {
  it("is a whole document with a language and a title, links that leave the frame, and only the script that reports its height", async () => {
    api(school());
    const response = await aanbodAnswer(widgetRequest("/embed/aanbod/iframe?school=aadal-college&lang=en"), "document");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("<title>Technology at Aadal College - Het Techniek Loket</title>");
    expect(html).toContain('target="_top"');
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    // The one script is allowed by its hash, so nothing else (such as injected markup) can run.
    const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1]);
    expect(scripts).toHaveLength(1);
    const hash = createHash("sha256").update(scripts[0]).digest("base64");
    expect(response.headers.get("content-security-policy")).toContain(`script-src 'sha256-${hash}';`);
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("cache-control")).toContain("max-age=300");
  });
});
