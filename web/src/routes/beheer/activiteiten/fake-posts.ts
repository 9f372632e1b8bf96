// For the tests of /beheer's event pages: a form post as the browser sends it, and the outcome of a
// load or action (its answer, or the redirect or error SvelteKit would send).
import { isActionFailure, isHttpError, isRedirect } from "@sveltejs/kit";

export function formPost(fields: Record<string, string | string[]>): Request {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) body.append(name, item);
  return new Request("http://localhost/beheer", { method: "POST", body });
}

export async function outcome(run: () => unknown): Promise<unknown> {
  try {
    const answer = await run();
    return isActionFailure(answer) ? { status: answer.status, data: answer.data } : answer;
  } catch (thrown) {
    if (isRedirect(thrown)) return { redirect: thrown.location };
    if (isHttpError(thrown)) return { status: thrown.status, message: thrown.body.message };
    throw thrown;
  }
}

/** The fields of a good event form post. */
export const goodEventForm = {
  title: "Techlab voor groep 8",
  kind: "TECHLAB_SESSION",
  date: "2027-03-11",
  startTime: "13:30",
  endTime: "15:00",
  venueName: "Het Ambachtshuis",
  city: "Oss",
  audiences: ["PO_GROUP_8"],
  signupMode: "NONE",
};

export const noChoices = { audiences: [], themes: [], actionLines: [], profiles: [] };
