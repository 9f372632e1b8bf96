// The door list of an event (/beheer/activiteiten/<global ID>/aanmeldingen.csv) as a download. The
// API decides who may read it (the session token is forwarded); without a session the visitor is
// sent to sign in and back here.
import { redirect } from "@sveltejs/kit";
import { signInPathFor } from "$lib/server/session/return-path";
import { doorListCsv, doorListFileName } from "../aanmeldingen/door-list";
import { loadSignupList } from "../aanmeldingen/signup-list";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = async ({ fetch, params, locals, url }) => {
  if (!locals.sessionToken) redirect(303, signInPathFor(url.pathname));
  const list = await loadSignupList(fetch, params.id, locals.sessionToken);
  return new Response(doorListCsv(list), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${doorListFileName(list.event.slug)}"`,
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
};
