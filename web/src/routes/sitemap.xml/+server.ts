import { siteOrigin } from "$lib/server/site";
import { buildSitemap } from "./sitemap";
import { sitemapEntries } from "./sitemap-sources";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ fetch, url }) => {
  const xml = buildSitemap(await sitemapEntries(fetch, siteOrigin(url)));
  return new Response(xml, {
    headers: {
      "content-type": "application/xml; charset=utf-8",
      // Crawlers fetch it now and then; an hour old is fresh enough and spares the API.
      "cache-control": "public, max-age=3600",
    },
  });
};
