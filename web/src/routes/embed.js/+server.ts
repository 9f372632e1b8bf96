// GET /embed.js: the loader schools paste (<script src="https://<site>/embed.js" async>). Public,
// cacheable, readable from any origin.
import { CACHE_OK, matchesEtag } from "$lib/server/embed/http";
import { embedScript } from "$lib/server/embed/script";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = ({ request }) => {
  const headers = new Headers({
    "content-type": "text/javascript; charset=utf-8",
    "access-control-allow-origin": "*",
    "cross-origin-resource-policy": "cross-origin",
    "x-content-type-options": "nosniff",
  });
  const script = embedScript();
  if (!script) {
    console.error("/embed.js: embed/dist/embed.js is missing; run `npm run build` (or set EMBED_JS_PATH)");
    headers.set("cache-control", "no-store");
    return new Response('console.error("<techniek-aanbod> embed.js is not available on this site yet");\n', { status: 503, headers });
  }
  headers.set("cache-control", CACHE_OK);
  headers.set("etag", script.etag);
  if (matchesEtag(request, script.etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(script.body, { headers });
};
