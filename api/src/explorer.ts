// GraphiQL, the API's explorer: served inline (it works offline), under a Content-Security-Policy
// that allows exactly its own inline script (by hash) and nothing from elsewhere, and never framed.
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createHash } from "node:crypto";

type RenderOptions = Parameters<typeof renderGraphiQL>[0];

// The policy of the page last rendered: every request renders the same page.
let explorerPolicy: string | undefined;

function policyFor(html: string) {
  const hashes = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(" ")}`,
    // Its editors run in workers started from blobs, and React sets inline styles.
    "worker-src blob:",
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function renderExplorer(options: RenderOptions): string {
  const html = renderGraphiQL(options);
  explorerPolicy = policyFor(html);
  return html;
}

/** Sets the explorer's headers on an HTML response of the API, which only the explorer sends. */
export function secureExplorerResponse(response: Response) {
  if (!response.headers.get("content-type")?.startsWith("text/html")) return;
  if (explorerPolicy) response.headers.set("Content-Security-Policy", explorerPolicy);
  response.headers.set("X-Frame-Options", "DENY");
}
