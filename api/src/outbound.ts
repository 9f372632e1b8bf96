// Requests to addresses that users give the platform (webhook receivers, calendar feeds). They
// never reach this machine or a private network (SSRF): every name is resolved by our own lookup,
// which refuses loopback, private, link-local and other non-public addresses, and the connection
// goes to the address that lookup checked (no second lookup to rebind). OUTBOUND_ALLOW_PRIVATE=true
// lifts the rule, for tests and local setups. Redirects are followed a few times, each one checked.
import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { env } from "./env.ts";

/** Why a request was not made or failed; `message` is English, for logs and the API. */
export class OutboundError extends Error {}

const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}

/** Whether an address is one the platform may not reach (IPv4-mapped IPv6 judged as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1], "ipv4");
  const family = isIP(address);
  if (!family) return true;
  return blocked.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A DNS lookup that answers only public addresses, so the socket connects to a checked one. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const allowed = env.OUTBOUND_ALLOW_PRIVATE ? addresses : addresses.filter((a) => !isPrivateAddress(a.address));
    if (!allowed.length) return callback(new OutboundError(`${hostname} resolves to a private or local address`), "", 0);
    if (options.all) return (callback as unknown as (e: null, all: typeof allowed) => void)(null, allowed);
    callback(null, allowed[0].address, allowed[0].family);
  });
};

/** Whether a URL is one the platform may send to or read from: http(s), and https unless private ones are allowed. */
export function checkOutboundUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OutboundError("not a valid URL");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && env.OUTBOUND_ALLOW_PRIVATE)) throw new OutboundError("the URL must start with https://");
  if (url.username || url.password) throw new OutboundError("the URL must not hold a user name or password");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !env.OUTBOUND_ALLOW_PRIVATE && isPrivateAddress(host)) throw new OutboundError("the URL points to a private or local address");
  return url;
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /** Longer answers are cut off with an error. */
  maxBytes?: number;
  /** Redirects to follow (each one checked); 0 for webhooks, whose receivers must answer themselves. */
  redirects?: number;
}

/** One request to a user-given URL under the rules above. */
export async function outboundRequest(value: string, options: RequestOptions = {}): Promise<OutboundResponse> {
  const { redirects = 0, ...rest } = options;
  const url = checkOutboundUrl(value);
  const response = await send(url, rest);
  const location = response.headers.location;
  if (response.status >= 300 && response.status < 400 && location && redirects > 0) {
    return outboundRequest(new URL(location, url).toString(), { ...options, method: "GET", body: undefined, redirects: redirects - 1 });
  }
  return response;
}

function send(url: URL, { method = "GET", headers = {}, body, timeoutMs = 15_000, maxBytes = 5_000_000 }: Omit<RequestOptions, "redirects">) {
  return new Promise<OutboundResponse>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, { method, headers: { "user-agent": "TechniekLoket/1.0", ...headers }, lookup: publicLookup, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) return void chunks.push(chunk);
        reject(new OutboundError(`the answer is larger than ${maxBytes} bytes`));
        response.destroy();
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", (error) => reject(new OutboundError(error.message)));
    });
    request.on("timeout", () => request.destroy(new OutboundError(`no answer within ${timeoutMs / 1000} s`)));
    request.on("error", (error) => reject(error instanceof OutboundError ? error : new OutboundError(error.message)));
    request.end(body);
  });
}
