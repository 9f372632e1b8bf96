// A GET form sends every field, also the empty ones: ?soort=techniekmarkt&van=&tot=&afstand=10.
// The agenda tidies such a query string into the short one a person would share
// (?soort=techniekmarkt); the server redirects to it, and the enhanced form navigates to it.
import { DEFAULT_RADIUS_KM, param } from "./url-values";

/** Parameters whose value only means something next to another, or only a default. */
function isNoise(name: string, value: string, params: URLSearchParams): boolean {
  if (value.trim() === "") return true;
  if (name === param.radius) return !params.get(param.place)?.trim() || value === String(DEFAULT_RADIUS_KM);
  if (name === param.view) return value === "lijst";
  return false;
}

/** The query string without empty and default values; null when there is nothing to tidy. */
export function tidyFormQuery(params: URLSearchParams): URLSearchParams | null {
  const tidy = new URLSearchParams();
  let changed = false;
  for (const [name, value] of params) {
    if (isNoise(name, value, params)) changed = true;
    else tidy.append(name, value);
  }
  return changed ? tidy : null;
}

/** The query string a filter form would submit, tidied: for the enhanced (JavaScript) form. */
export function formQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") params.append(name, value);
  }
  return (tidyFormQuery(params) ?? params).toString();
}
