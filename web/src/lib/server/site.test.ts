import { afterEach, describe, expect, it, vi } from "vitest";
import { absoluteUrl, siteOrigin } from "./site";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

afterEach(() => {
  delete env.SITE_URL;
  vi.restoreAllMocks();
});

const request = new URL("http://localhost:3000/agenda/techniekmarkt?x=1");

describe("siteOrigin", () => {
  it("is the request's origin by default", () => {
    expect(siteOrigin(request)).toBe("http://localhost:3000");
  });

  it("is SITE_URL's origin when set, without path or trailing slash", () => {
    env.SITE_URL = "https://www.hettechniekloket.example/";
    expect(siteOrigin(request)).toBe("https://www.hettechniekloket.example");
  });

  it("falls back to the request's origin when SITE_URL is not a URL", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    env.SITE_URL = "hettechniekloket";
    expect(siteOrigin(request)).toBe("http://localhost:3000");
    expect(log).toHaveBeenCalledOnce();
  });
});

describe("absoluteUrl", () => {
  it("puts a path on the public origin", () => {
    env.SITE_URL = "https://www.hettechniekloket.example";
    expect(absoluteUrl(request, "/organisaties/het-ambachtshuis")).toBe(
      "https://www.hettechniekloket.example/organisaties/het-ambachtshuis",
    );
  });

  it("encodes what a URL cannot hold", () => {
    expect(absoluteUrl(request, "/agenda/café")).toBe("http://localhost:3000/agenda/caf%C3%A9");
  });
});
