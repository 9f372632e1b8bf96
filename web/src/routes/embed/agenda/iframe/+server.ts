// GET /embed/agenda/iframe?municipality=…: the agenda widget as a document, for sites that strip scripts.
import { agendaAnswer } from "$lib/server/embed/answers";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = (event) => agendaAnswer(event, "document");
