// Where to go after signing in: the page under /beheer that sent the visitor to sign in (`?naar=`),
// else the dashboard. Only a local path under /beheer is followed, so a link to the sign-in page
// cannot send a freshly signed-in visitor to another site (an open redirect) or anywhere odd.

export const DASHBOARD_PATH = "/beheer";

export function returnPath(naar: string | null | undefined): string {
  // "//host" and "/\host" are other sites to a browser; a real path starts with one slash.
  if (!naar || !naar.startsWith("/") || naar.startsWith("//") || naar.startsWith("/\\")) return DASHBOARD_PATH;
  const base = "http://site.invalid";
  let url: URL;
  try {
    url = new URL(naar, base);
  } catch {
    return DASHBOARD_PATH;
  }
  if (url.origin !== base) return DASHBOARD_PATH;
  const underDashboard = url.pathname === DASHBOARD_PATH || url.pathname.startsWith(`${DASHBOARD_PATH}/`);
  return underDashboard ? `${url.pathname}${url.search}${url.hash}` : DASHBOARD_PATH;
}

/** The sign-in page for a visitor who asked for `path` under /beheer without a session. */
export function signInPathFor(path: string): string {
  return path === DASHBOARD_PATH ? "/inloggen" : `/inloggen?${new URLSearchParams({ naar: path })}`;
}
