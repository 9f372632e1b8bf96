import { lookUpViewer } from "$lib/server/session/viewer";
import type { LayoutServerLoad } from "./$types";

// The header links to "Beheer" for signed-in visitors, else to "Inloggen". Anonymous visitors have
// no session cookie, so this costs them no API call (see lookUpViewer).
export const load: LayoutServerLoad = async (event) => {
  const { viewer, unavailable } = await lookUpViewer(event);
  return { viewer, viewerUnavailable: unavailable };
};
