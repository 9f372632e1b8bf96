// HTTP for widget answers: thousands of school pages show the same few answers, so they are
// cacheable (Cache-Control, ETag, 304), and any origin may read the fragments (CORS, GET only,
// no credentials). The loader prints the warnings header and shows the body, even for errors.
import { createHash } from "node:crypto";
import { FRAME_HEIGHT_SCRIPT_SOURCE } from "./frame-height";
import { warningLine, type AttributeWarning } from "$lib/embed/options";

export type AnswerForm = "fragment" | "document";

export interface Answer {
  status: number;
  html: string;
  form: AnswerForm;
  warnings?: AttributeWarning[];
  /** One line for the host page's console when the widget cannot show its content. */
  error?: string;
}

/** 5 minutes fresh, then served stale for a day while one request refreshes it. */
export const CACHE_OK = "public, max-age=300, stale-while-revalidate=86400";
/** An unknown school may appear soon; a bad query is the embedder's to fix. */
const CACHE_CLIENT_ERROR = "public, max-age=60";
/** The API is down: let the next request try again. */
const CACHE_SERVER_ERROR = "no-store";

// The iframe form may be framed by any site, and runs one script only: the one that reports its height.
const DOCUMENT_CSP = `default-src 'none'; script-src ${FRAME_HEIGHT_SCRIPT_SOURCE}; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'`;

function cacheControl(status: number): string {
  if (status < 400) return CACHE_OK;
  return status < 500 ? CACHE_CLIENT_ERROR : CACHE_SERVER_ERROR;
}

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether the request's If-None-Match names this ETag (weak or strong, or `*`). */
export function matchesEtag(request: Request, etag: string): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });
}

export function answer(request: Request, { status, html, form, warnings = [], error }: Answer): Response {
  const headers = new Headers({ "cache-control": cacheControl(status), "x-content-type-options": "nosniff" });
  if (form === "fragment") {
    headers.set("access-control-allow-origin", "*");
    headers.set("access-control-expose-headers", "Techniek-Warnings, Techniek-Error");
    // Readable by pages that isolate themselves (COEP), like any public asset.
    headers.set("cross-origin-resource-policy", "cross-origin");
    // Each warning URI-encoded, so commas and non-ASCII survive a header.
    if (warnings.length) headers.set("techniek-warnings", warnings.map((w) => encodeURIComponent(warningLine(w))).join(","));
    // A header value is Latin-1 at best; the loader prints this line as it is.
    if (error) headers.set("techniek-error", error.replace(/[^\x20-\x7e]/g, "?"));
  } else {
    headers.set("content-security-policy", DOCUMENT_CSP);
  }
  const etag = etagOf(html);
  headers.set("etag", etag);
  if (status === 200 && matchesEtag(request, etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("content-type", "text/html; charset=utf-8");
  return new Response(html, { status, headers });
}
