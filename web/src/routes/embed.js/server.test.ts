// GET /embed.js serves embed's build, cacheable and readable from anywhere.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "./+server";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("$env/dynamic/private", () => ({ env }));

const dir = mkdtempSync(join(tmpdir(), "embed-js-"));
const file = join(dir, "embed.js");
afterEach(() => {
  delete env.EMBED_JS_PATH;
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true }));

type Event = Parameters<typeof GET>[0];
const get = (headers: Record<string, string> = {}) =>
  GET({ request: new Request("http://loket.test/embed.js", { headers }) } as unknown as Event);

describe("GET /embed.js", () => {
  it("serves the built loader without its source map comment", async () => {
    writeFileSync(file, "(function(){})();\n//# sourceMappingURL=embed.js.map\n");
    env.EMBED_JS_PATH = file;

    const response = await get();

    expect(response.status).toBe(200);
    expect(await response.text()).toBe("(function(){})();\n");
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toContain("max-age=300");
  });

  it("answers 304 while the file is unchanged, and serves a rebuilt file at once", async () => {
    writeFileSync(file, "one();\n");
    utimesSync(file, new Date(1000), new Date(1000));
    env.EMBED_JS_PATH = file;
    const etag = (await get()).headers.get("etag")!;

    expect((await get({ "if-none-match": etag })).status).toBe(304);

    writeFileSync(file, "two();\n");
    utimesSync(file, new Date(2000), new Date(2000));
    const rebuilt = await get({ "if-none-match": etag });
    expect(rebuilt.status).toBe(200);
    expect(await rebuilt.text()).toBe("two();\n");
  });

  it("says so, in the script and on the server, when embed has not been built", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    env.EMBED_JS_PATH = join(dir, "missing.js");

    const response = await get();

    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("console.error");
    expect(log).toHaveBeenCalledOnce();
  });
});
