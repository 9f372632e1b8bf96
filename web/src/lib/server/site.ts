// The site's public address, for canonical links, OpenGraph, JSON-LD, the sitemap and robots.txt.
// Behind a proxy the request's own origin may be an internal one, so SITE_URL wins when set.
import { env } from "$env/dynamic/private";

/** The public origin, e.g. "https://www.hettechniekloket.nl", without a trailing slash. */
export function siteOrigin(requestUrl: URL): string {
  const configured = env.SITE_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A bad SITE_URL must not take every page down; the request's origin is the next best.
      console.error(`SITE_URL is not a URL: ${configured}; using the request's origin.`);
    }
  }
  return requestUrl.origin;
}

/** An absolute URL on this site for a path such as "/agenda/techniekmarkt-oss". */
export function absoluteUrl(requestUrl: URL, path: string): string {
  return new URL(path, `${siteOrigin(requestUrl)}/`).href;
}
