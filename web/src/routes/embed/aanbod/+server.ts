// GET /embed/aanbod?school=…: the <techniek-aanbod> fragment the loader puts into its shadow root.
import { aanbodAnswer } from "$lib/server/embed/answers";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = (event) => aanbodAnswer(event, "fragment");
