import { siteOrigin } from "$lib/server/site";
import { robotsTxt } from "./robots";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = ({ url }) =>
  new Response(robotsTxt(siteOrigin(url)), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=86400" },
  });
