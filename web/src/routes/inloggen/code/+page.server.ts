import { redirect } from "@sveltejs/kit";
import { returnPath } from "$lib/server/session/return-path";
import type { PageServerLoad } from "./$types";

// The page the sign-in mail links to. It only fills in the form: mail scanners (Microsoft Safe
// Links and the like) open every link in a mail, so a GET that signed in would spend the code
// before its owner, or sign in the scanner. The visitor's button press posts it to /inloggen.
export const csr = false;

export const load: PageServerLoad = async ({ parent, url }) => {
  const naar = url.searchParams.get("naar") ?? "";
  const { viewer } = await parent();
  if (viewer) redirect(303, returnPath(naar));
  return {
    email: (url.searchParams.get("email") ?? "").trim(),
    code: (url.searchParams.get("code") ?? "").trim(),
    naar,
  };
};
