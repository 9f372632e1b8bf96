// GET /embed/aanbod/iframe?school=…: the same widget as a document, for sites that strip scripts.
import { aanbodAnswer } from "$lib/server/embed/answers";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = (event) => aanbodAnswer(event, "document");
