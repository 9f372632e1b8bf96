import { redirect } from "@sveltejs/kit";
import { returnPath } from "$lib/server/session/return-path";
import { requestCode, signInWithCode } from "./sign-in-actions";
import type { Actions, PageServerLoad } from "./$types";

// Plain forms, posted and answered by the server: nothing here needs the browser's JavaScript.
export const csr = false;

export const load: PageServerLoad = async ({ parent, url }) => {
  const naar = url.searchParams.get("naar") ?? "";
  const { viewer } = await parent();
  if (viewer) redirect(303, returnPath(naar));
  return { naar, signedOut: url.searchParams.has("uitgelogd") };
};

export const actions: Actions = {
  vraagCode: requestCode,
  controleer: signInWithCode,
};
