// Security headers for every response of the site. The widget's iframe form is meant to be framed
// by any school's website, so only the site's own pages refuse to be framed by others.
import type { Handle } from "@sveltejs/kit";

export const securityHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
};

/** The widget's fragments and iframe documents set their own framing and CORS rules. */
export function isEmbeddable(pathname: string): boolean {
  return pathname.startsWith("/embed/") || pathname === "/embed.js";
}

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  if (!isEmbeddable(event.url.pathname) && !response.headers.has("X-Frame-Options")) {
    response.headers.set("X-Frame-Options", "SAMEORIGIN");
  }
  return response;
};
