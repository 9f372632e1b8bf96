import { afterEach, describe, expect, it, vi } from "vitest";
import { createRateLimit, DEFAULT_WEB_RATE_LIMIT, readRateLimit } from "./rate-limit";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function requester(limit: number) {
  const limitRate = createRateLimit(limit);
  return async (client: string) => (await limitRate({ getClientAddress: () => client })) ?? new Response("ok");
}

describe("readRateLimit", () => {
  it("is 600 a minute unless WEB_RATE_LIMIT says otherwise; 0 switches it off", () => {
    expect(readRateLimit(undefined)).toBe(DEFAULT_WEB_RATE_LIMIT);
    expect(readRateLimit("")).toBe(DEFAULT_WEB_RATE_LIMIT);
    expect(readRateLimit("120")).toBe(120);
    expect(readRateLimit("0")).toBe(0);
  });

  it("keeps the default for a value that is not a whole number, and says so", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(readRateLimit("veel")).toBe(DEFAULT_WEB_RATE_LIMIT);
    expect(readRateLimit("-1")).toBe(DEFAULT_WEB_RATE_LIMIT);
    expect(readRateLimit("2.5")).toBe(DEFAULT_WEB_RATE_LIMIT);
    expect(log).toHaveBeenCalledTimes(3);
  });
});

describe("createRateLimit", () => {
  it("answers the fourth request of a client in a minute with a 429 in Dutch and Retry-After", async () => {
    const request = requester(3);
    for (let i = 0; i < 3; i++) expect((await request("192.0.2.1")).status).toBe(200);

    const refused = await request("192.0.2.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(await refused.text()).toMatch(/^Te veel verzoeken\. Probeer het over \d+ seconden opnieuw\./);
  });

  it("counts each client address on its own", async () => {
    const request = requester(1);
    expect((await request("192.0.2.1")).status).toBe(200);
    expect((await request("192.0.2.1")).status).toBe(429);
    expect((await request("2001:db8::1")).status).toBe(200);
  });

  it("counts requests without a readable client address together, without failing them", async () => {
    const limitRate = createRateLimit(1);
    const noAddress = {
      getClientAddress: () => {
        throw new Error("Address header was specified with ADDRESS_HEADER=x-forwarded-for but is absent from request");
      },
    };
    expect(await limitRate(noAddress)).toBeNull();
    expect((await limitRate(noAddress))?.status).toBe(429);
  });

  it("serves the client again once its minute has passed", async () => {
    vi.useFakeTimers();
    const request = requester(1);
    expect((await request("192.0.2.1")).status).toBe(200);
    expect((await request("192.0.2.1")).status).toBe(429);
    vi.advanceTimersByTime(60_000);
    expect((await request("192.0.2.1")).status).toBe(200);
  });

  it("never refuses when the limit is 0", async () => {
    const request = requester(0);
    for (let i = 0; i < 1000; i++) expect((await request("192.0.2.1")).status).toBe(200);
  });
});
