// The SSRF rule for user-given URLs: no private, loopback or link-local address unless allowed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

/** outbound.ts as loaded with OUTBOUND_ALLOW_PRIVATE set to `allow`. */
async function outbound(allow: boolean) {
  vi.resetModules();
  vi.stubEnv("OUTBOUND_ALLOW_PRIVATE", String(allow));
  return import("./outbound.ts");
}

afterEach(() => vi.unstubAllEnvs());

describe("outbound requests", () => {
  it("knows private, loopback, link-local and mapped addresses", async () => {
    const { isPrivateAddress } = await outbound(false);
    for (const address of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "2606:4700::1111", "::ffff:8.8.8.8"]) expect(isPrivateAddress(address), address).toBe(false);
  });

  it("refuses private addresses, by number and by name, and plain http", async () => {
    const { outboundRequest } = await outbound(false);
    await expect(outboundRequest("https://127.0.0.1/hook")).rejects.toThrow(/private or local/);
    await expect(outboundRequest("https://[::1]/hook")).rejects.toThrow(/private or local/);
    await expect(outboundRequest("https://localhost:9/hook")).rejects.toThrow(/private or local/);
    await expect(outboundRequest("http://example.org/hook")).rejects.toThrow(/https/);
    await expect(outboundRequest("https://user:pw@example.org/")).rejects.toThrow(/user name/);
  });

  it("reaches a local server when allowed, and checks where a redirect leads", async () => {
    const server = createServer((request, response) => {
      if (request.url === "/moved") return void response.writeHead(302, { location: "/feed" }).end();
      response.writeHead(200, { "content-type": "text/plain" }).end(`hello ${request.method}`);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { outboundRequest } = await outbound(true);
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect((await outboundRequest(`${base}/moved`, { redirects: 2 })).body).toBe("hello GET");
      expect((await outboundRequest(`${base}/moved`)).status).toBe(302);
      await expect(outboundRequest(`${base}/feed`, { maxBytes: 3 })).rejects.toThrow(/larger/);
    } finally {
      server.close();
    }
  });
});
