// The agenda as an Atom feed, for any filter of /agenda: /agenda.atom?soort=netwerkbijeenkomst.
import { buildAtomFeed } from "$lib/agenda/atom-feed";
import { FEED_CACHE_CONTROL, feedUnavailable, loadFeed } from "$lib/agenda/feeds.server";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ fetch, url }) => {
  const feed = await loadFeed(fetch, url);
  if (!feed) return feedUnavailable();

  const pageUrl = new URL(`/agenda${url.search}`, url.origin).href;
  const body = buildAtomFeed(feed.events, { title: feed.title, origin: url.origin, selfUrl: url.href, pageUrl, now: new Date() });
  return new Response(body, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": FEED_CACHE_CONTROL },
  });
};
