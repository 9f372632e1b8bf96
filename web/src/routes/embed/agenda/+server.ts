// GET /embed/agenda?municipality=…: the <techniek-agenda> fragment the loader puts into its shadow root.
import { agendaAnswer } from "$lib/server/embed/answers";
import type { RequestHandler } from "./$types";

export const GET: RequestHandler = (event) => agendaAnswer(event, "fragment");
