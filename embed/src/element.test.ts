// @vitest-environment happy-dom
// The loader against a fake site (msw): what a school's page sees in each case.
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { config, define, TechniekAanbod, TechniekAgenda } from "./element";

const SITE = "https://loket.example";
const FRAGMENT_HEADERS = { "content-type": "text/html; charset=utf-8", "access-control-allow-origin": "*", "access-control-expose-headers": "Techniek-Warnings, Techniek-Error" };

const server = setupServer();
beforeAll(() => {
  server.listen({ onUnhandledRequest: "error" });
  define(`${SITE}/embed.js`);
  config.debounce = 5;
});
beforeEach(() => {
  config.timeout = 1000;
});
afterEach(() => {
  document.body.innerHTML = "";
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

function fragment(html: string, init: { status?: number; headers?: Record<string, string> } = {}) {
  return new HttpResponse(html, { status: init.status ?? 200, headers: { ...FRAGMENT_HEADERS, ...init.headers } });
}

function place<T extends HTMLElement>(html: string): T {
  document.body.innerHTML = html;
  return document.body.firstElementChild as T;
}

// The shadow root holds the reserved-space <style> and the content.
const shadowText = (element: HTMLElement) => element.shadowRoot?.lastElementChild?.textContent?.trim() ?? "";
const silence = () => ({
  warn: vi.spyOn(console, "warn").mockImplementation(() => {}),
  error: vi.spyOn(console, "error").mockImplementation(() => {}),
});

describe("registration", () => {
  it("defines both elements once, even when the script runs twice", () => {
    define(`${SITE}/embed.js`);
    expect(customElements.get("techniek-aanbod")).toBe(TechniekAanbod);
    expect(customElements.get("techniek-agenda")).toBe(TechniekAgenda);
  });
});

describe("<techniek-aanbod>", () => {
  it("fetches the fragment for its attributes from the script's site into an open shadow root", async () => {
    const { warn, error } = silence();
    let asked: URL | undefined;
    server.use(http.get(`${SITE}/embed/aanbod`, ({ request }) => {
      asked = new URL(request.url);
      return fragment('<div part="widget"><h2>Techniek bij Aadal College</h2></div>');
    }));

    const element = place<TechniekAanbod>('<techniek-aanbod school="aadal-college" events="5" layout="compact"></techniek-aanbod>');

    await vi.waitFor(() => expect(shadowText(element)).toBe("Techniek bij Aadal College"));
    expect(Object.fromEntries(asked!.searchParams)).toEqual({ school: "aadal-college", events: "5", layout: "compact" });
    expect(element.shadowRoot?.querySelector("h2")).not.toBeNull();
    expect(element.shadowRoot?.querySelector("style")?.textContent).toBe(":host{display:block}"); // reservation released
    expect(document.querySelector("h2")).toBeNull(); // nothing lands in the host page's DOM
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it("reserves space before the answer arrives", async () => {
    server.use(http.get(`${SITE}/embed/aanbod`, async () => {
      await delay("infinite");
      return fragment("");
    }));
    const element = place<TechniekAanbod>('<techniek-aanbod school="x" sections="events,contact" events="2"></techniek-aanbod>');
    await vi.waitFor(() => expect(element.shadowRoot?.querySelector("style")?.textContent).toMatch(/:host\{display:block;min-height:\d+(\.\d+)?rem\}/));
  });

  it("prints the site's attribute warnings, one prefixed line each", async () => {
    const { warn } = silence();
    server.use(http.get(`${SITE}/embed/aanbod`, () =>
      fragment("<p>ok</p>", { headers: { "techniek-warnings": [`lang: unknown value "fr"`, "events: 50 is outside 0-20; using 20"].map(encodeURIComponent).join(",") } }),
    ));
    const element = place<TechniekAanbod>('<techniek-aanbod school="x" lang="fr" events="50"></techniek-aanbod>');

    await vi.waitFor(() => expect(shadowText(element)).toBe("ok"));
    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      '<techniek-aanbod> lang: unknown value "fr"',
      "<techniek-aanbod> events: 50 is outside 0-20; using 20",
    ]);
  });

  it("shows the site's message for an unknown school, with one console line", async () => {
    const { error } = silence();
    server.use(http.get(`${SITE}/embed/aanbod`, () =>
      fragment('<p part="message">Deze school staat niet op Het Techniek Loket.</p>', { status: 404, headers: { "techniek-error": 'school: no organisation "bestaat-niet"' } }),
    ));
    const element = place<TechniekAanbod>('<techniek-aanbod school="bestaat-niet"></techniek-aanbod>');

    await vi.waitFor(() => expect(shadowText(element)).toBe("Deze school staat niet op Het Techniek Loket."));
    expect(error.mock.calls).toEqual([['<techniek-aanbod> school: no organisation "bestaat-niet"']]);
  });

  it("shows its own message with a link to the school's page when the site fails", async () => {
    const { error } = silence();
    server.use(http.get(`${SITE}/embed/aanbod`, () => new HttpResponse("Internal Error", { status: 500, headers: FRAGMENT_HEADERS })));
    const element = place<TechniekAanbod>('<techniek-aanbod school="aadal-college" lang="en"></techniek-aanbod>');

    await vi.waitFor(() => expect(shadowText(element)).toContain("cannot be shown right now"));
    const link = element.shadowRoot!.querySelector("a")!;
    expect(link.href).toBe(`${SITE}/organisaties/aadal-college`);
    expect(link.textContent).toBe("See it on Het Techniek Loket");
    expect(element.shadowRoot!.querySelector("p")?.getAttribute("lang")).toBe("en");
    expect(error.mock.calls).toEqual([["<techniek-aanbod> the site answered 500"]]);
  });

  it("shows its message when the site cannot be reached", async () => {
    const { error } = silence();
    server.use(http.get(`${SITE}/embed/aanbod`, () => HttpResponse.error()));
    const element = place<TechniekAanbod>('<techniek-aanbod school="aadal-college"></techniek-aanbod>');

    await vi.waitFor(() => expect(shadowText(element)).toContain("Dit overzicht kan nu niet worden getoond."));
    expect(error.mock.calls).toEqual([[`<techniek-aanbod> cannot reach ${SITE}/embed.js`]]);
  });

  it("keeps its space on a slow network, then gives up with its message", async () => {
    const { error } = silence();
    config.timeout = 50;
    server.use(http.get(`${SITE}/embed/aanbod`, async () => {
      await delay("infinite");
      return fragment("too late");
    }));
    const element = place<TechniekAanbod>('<techniek-aanbod school="aadal-college"></techniek-aanbod>');

    await delay(20);
    expect(shadowText(element)).toBe(""); // waiting: nothing broken, the space stays reserved
    await vi.waitFor(() => expect(shadowText(element)).toContain("kan nu niet worden getoond"));
    expect(error.mock.calls).toEqual([[`<techniek-aanbod> no answer from ${SITE}/embed.js within 0.05 s`]]);
  });

  it("fetches again when its attributes change, dropping the request it replaces", async () => {
    silence();
    const seen: { school: string; aborted: () => boolean }[] = [];
    server.use(http.get(`${SITE}/embed/aanbod`, async ({ request }) => {
      const school = new URL(request.url).searchParams.get("school")!;
      seen.push({ school, aborted: () => request.signal.aborted });
      await delay(school === "eerste" ? 200 : 10);
      return fragment(`<p>${school}</p>`);
    }));
    const element = place<TechniekAanbod>('<techniek-aanbod school="eerste"></techniek-aanbod>');
    await vi.waitFor(() => expect(seen).toHaveLength(1));

    element.setAttribute("school", "tweede");
    element.setAttribute("lang", "en"); // within the debounce: one request for both changes

    await vi.waitFor(() => expect(shadowText(element)).toBe("tweede"));
    expect(seen.map((s) => s.school)).toEqual(["eerste", "tweede"]);
    expect(seen[0].aborted()).toBe(true);
    await delay(250);
    expect(shadowText(element)).toBe("tweede"); // the first answer never overwrites the second
  });

  it("stops loading when removed from the page", async () => {
    const { error } = silence();
    let request: Request | undefined;
    server.use(http.get(`${SITE}/embed/aanbod`, async (info) => {
      request = info.request;
      await delay("infinite");
      return fragment("");
    }));
    const element = place<TechniekAanbod>('<techniek-aanbod school="x"></techniek-aanbod>');
    await vi.waitFor(() => expect(request).toBeDefined());

    element.remove();

    await vi.waitFor(() => expect(request!.signal.aborted).toBe(true));
    expect(error).not.toHaveBeenCalled();
  });
});

describe("<techniek-agenda>", () => {
  it("fetches the agenda with its filters and links its fallback to the site's agenda", async () => {
    silence();
    let asked: URL | undefined;
    server.use(http.get(`${SITE}/embed/agenda`, ({ request }) => {
      asked = new URL(request.url);
      return HttpResponse.error();
    }));
    const element = place<TechniekAgenda>('<techniek-agenda municipality="oss,bernheze" audience="primary" kind="techniekmarkt" limit="4"></techniek-agenda>');

    await vi.waitFor(() => expect(element.shadowRoot?.querySelector("a")?.href).toBe(`${SITE}/agenda`));
    expect(Object.fromEntries(asked!.searchParams)).toEqual({ municipality: "oss,bernheze", audience: "primary", kind: "techniekmarkt", limit: "4" });
  });
});
