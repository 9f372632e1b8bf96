// Control characters have no place in an address of this site, and the API's database refuses
// NUL outright. Refusing them here, once for every route (pages, feeds, widget fragments), keeps
// them out of every parameter and path segment, instead of checking each value where it is used:
// hooks.server.ts answers such an address with a 400.
export const CONTROL_CHARACTER_MESSAGE = "Dit adres bevat tekens die we niet kunnen lezen. Controleer het adres.";

// C0 controls (including NUL, tab and line breaks) and DEL; no form of the site sends them.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** Whether the decoded path or any decoded query parameter name or value holds a control character. */
export function hasControlCharacter(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape (a lone %): SvelteKit answers that address with a 400 itself.
    return false;
  }
  if (CONTROL_CHARACTER.test(path)) return true;
  for (const [name, value] of url.searchParams) {
    if (CONTROL_CHARACTER.test(name) || CONTROL_CHARACTER.test(value)) return true;
  }
  return false;
}
