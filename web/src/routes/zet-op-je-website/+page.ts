// The builder's state lives in its URL; it is computed here, in the browser too, so the preview and
// the snippets follow the form at once. The lists come from +page.server.ts, which does not read
// the URL and so does not run again when an option changes.
import { builderState } from "$lib/embed/builder";
import type { PageLoad } from "./$types";

export const load: PageLoad = ({ url, data }) => ({ ...data, ...builderState(url, data.schools) });
