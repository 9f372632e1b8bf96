import { error, redirect } from "@sveltejs/kit";
import { API_DOWN_MESSAGE } from "$lib/server/api";
import { signInPathFor } from "$lib/server/session/return-path";
import type { LayoutServerLoad } from "./$types";

// Every page under /beheer is for the signed-in viewer alone: plain forms without the browser's
// JavaScript, never stored by a browser or proxy, never in a search engine.
export const csr = false;

export const load: LayoutServerLoad = async ({ parent, url, setHeaders }) => {
  setHeaders({ "cache-control": "private, no-store", "x-robots-tag": "noindex" });
  const { viewer, viewerUnavailable } = await parent();
  // Not "sign in again": the session may be fine while the API is down.
  if (viewerUnavailable) error(503, API_DOWN_MESSAGE);
  if (!viewer) redirect(303, signInPathFor(`${url.pathname}${url.search}`));
  return { viewer };
};
