// Serves `GET /images/<key>/<width>.webp`. The files never change (a new upload gets a new key),
// so browsers and proxies may keep them for a year. Everything else under /images is a 404. It is a
// Yoga plugin placed after the rate limit, so image requests count like any other.
import type { Plugin } from "graphql-yoga";
import { isImageKey } from "./keys.ts";
import type { ImageStorage } from "./storage.ts";
import { IMAGES_PATH } from "./store.ts";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain" } });

export function serveImages(storage: ImageStorage): Plugin {
  const route = new RegExp(`^${IMAGES_PATH}/([^/]+)/([1-9][0-9]{0,4})\\.webp$`);
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== IMAGES_PATH && !url.pathname.startsWith(`${IMAGES_PATH}/`)) return;
      const [, key, width] = route.exec(url.pathname) ?? [];
      if (!key || !isImageKey(key) || (request.method !== "GET" && request.method !== "HEAD")) return endResponse(notFound());
      const data = await storage.read(key, Number(width));
      if (!data) return endResponse(notFound());
      endResponse(
        new Response(request.method === "HEAD" ? null : new Uint8Array(data), {
          headers: {
            "Content-Type": "image/webp",
            "Content-Length": String(data.length),
            "Cache-Control": "public, max-age=31536000, immutable",
            "X-Content-Type-Options": "nosniff",
            // Other sites (and the widget on schools' pages) may show them.
            "Access-Control-Allow-Origin": "*",
            "Cross-Origin-Resource-Policy": "cross-origin",
          },
        }),
      );
    },
  };
}
