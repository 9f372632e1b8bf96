// For tests: a local stand-in for PDOK's Locatieserver that answers its `free` endpoint in the
// documented shape (response.docs[] with weergavenaam, centroide_ll as POINT(lon lat), gemeentecode),
// so no test asks the real PDOK.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeDoc {
  weergavenaam: string;
  lon: number;
  lat: number;
  gemeentecode: string;
}

export async function startFakeLocatieserver(known: Record<string, FakeDoc>) {
  const state = { mode: "up" as "up" | "down" | "slow", requests: [] as URLSearchParams[] };
  const server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    state.requests.push(url.searchParams);
    if (url.pathname !== "/search/v3_1/free" || state.mode === "down") {
      response.writeHead(url.pathname === "/search/v3_1/free" ? 503 : 404).end();
      return;
    }
    const doc = known[(url.searchParams.get("q") ?? "").toLowerCase()];
    const docs = doc
      ? [{ type: url.searchParams.get("fq")?.replace("type:", "") ?? "adres", weergavenaam: doc.weergavenaam, id: "adr-1", score: 12.5, centroide_ll: `POINT(${doc.lon} ${doc.lat})`, centroide_rd: "POINT(160000 410000)", gemeentecode: doc.gemeentecode, gemeentenaam: "Oss" }]
      : [];
    const answer = () => response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 12.5, numFoundExact: true, docs } }));
    if (state.mode === "slow") setTimeout(answer, 4000);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/search/v3_1`,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const kerkstraat: FakeDoc = { weergavenaam: "Kerkstraat 1, 5341AB Oss", lon: 5.5176, lat: 51.7654, gemeentecode: "0828" };
