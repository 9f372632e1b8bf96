// One event as an .ics file, for "Zet in je agenda" on the event page (/agenda/<slug>.ics).
import { error } from "@sveltejs/kit";
import { fetchEventBySlug } from "$lib/agenda/events.server";
import { FEED_CACHE_CONTROL, feedUnavailable } from "$lib/agenda/feeds.server";
import { buildCalendar, icsFileName } from "$lib/server/calendar";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ fetch, params, url }) => {
  const event = await fetchEventBySlug(fetch, params.slug);
  if (event === null) return feedUnavailable();
  if (event === undefined) error(404, "Deze activiteit bestaat niet (meer).");

  const body = buildCalendar([event], { name: event.title, origin: url.origin });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": FEED_CACHE_CONTROL,
      "content-disposition": `attachment; filename="${icsFileName(event.slug)}"`,
    },
  });
};
