// What the page's components read from a sign-up row; apart from signup-list.ts, which talks to the
// API on the server and so may not reach the browser.
import type { SignupRow } from "./signup-list";

/** The organisation as the list shows it: from the directory, or as typed. */
export const organisationOf = (row: SignupRow) => row.organisation?.name ?? row.organisationName ?? "";
