import { describe, expect, it } from "vitest";
import { handle } from "./hooks.server";

async function headersFor(pathname: string, response = new Response("ok")) {
  const event = { url: new URL(`http://localhost${pathname}`) } as Parameters<typeof handle>[0]["event"];
  const result = await handle({ event, resolve: async () => response });
  return result.headers;
}

describe("security headers", () => {
  it("protects the site's pages from sniffing, leaking referrers and being framed by others", async () => {
    const headers = await headersFor("/agenda");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("lets any school's website frame the widget's iframe form", async () => {
    const headers = await headersFor("/embed/aanbod/iframe");
    expect(headers.get("x-frame-options")).toBeNull();
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps headers a route set itself", async () => {
    const headers = await headersFor("/agenda.ics", new Response("", { headers: { "Referrer-Policy": "no-referrer" } }));
    expect(headers.get("referrer-policy")).toBe("no-referrer");
  });
});
