// The agenda as an iCalendar subscription, for any filter of /agenda: /agenda.ics?soort=techniekmarkt.
import { buildCalendar } from "$lib/server/calendar";
import { CALENDAR_KEEPS_ENDED_DAYS, FEED_CACHE_CONTROL, feedUnavailable, loadFeed } from "$lib/agenda/feeds.server";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ fetch, url }) => {
  const now = new Date();
  const feed = await loadFeed(fetch, url, { now, endedSince: new Date(now.getTime() - CALENDAR_KEEPS_ENDED_DAYS * 86_400_000) });
  if (!feed) return feedUnavailable();

  const body = buildCalendar(feed.events, { name: feed.title, origin: url.origin, url: url.href });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": FEED_CACHE_CONTROL,
      // inline: a subscribing app reads it; a browser that downloads it gets a sensible name.
      "content-disposition": 'inline; filename="agenda-het-techniek-loket.ics"',
    },
  });
};
