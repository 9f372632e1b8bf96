// The four /embed routes in one place: options from the query, data from the API, the widget or
// its inline message, as a fragment (for the loader's shadow root) or a document (the iframe form).
import type { RequestEvent } from "@sveltejs/kit";
import Aanbod from "$lib/embed/components/Aanbod.svelte";
import Agenda from "$lib/embed/components/Agenda.svelte";
import Message from "$lib/embed/components/Message.svelte";
import { texts } from "$lib/embed/i18n";
import { aanbodOptions, agendaOptions, warningLine, type AttributeWarning, type Lang } from "$lib/embed/options";
import type { ApiFailure } from "$lib/server/api";
import { loadAanbod } from "./aanbod-data";
import { loadAgenda } from "./agenda-data";
import { answer, type AnswerForm } from "./http";
import { renderDocument, renderFragment } from "./render";

type WidgetRequest = Pick<RequestEvent, "url" | "fetch" | "request">;

const SITE_NAME = "Het Techniek Loket";

function responder(event: WidgetRequest, form: AnswerForm, lang: Lang) {
  const target = form === "document" ? "_top" : undefined;
  const site = event.url.origin;

  function send(status: number, fragment: string, title: string, warnings: AttributeWarning[], error?: string) {
    const html = form === "document" ? renderDocument(fragment, { lang, title }) : fragment;
    return answer(event.request, { status, html, form, warnings, error });
  }

  /** The inline message: what went wrong, in the widget's language, and where to look instead. */
  function message(status: number, text: string, link: { href: string; text: string }, warnings: AttributeWarning[], error: string) {
    return send(status, renderFragment(Message, { lang, text, link, target }), SITE_NAME, warnings, error);
  }

  /** The API gave no data: the attributes asked for something it refuses (400), or it is down (503). */
  function failed(reason: ApiFailure, link: { href: string; text: string }, warnings: AttributeWarning[]) {
    const t = texts[lang];
    if (reason === "refused") return message(400, t.refused, link, warnings, "the site cannot show what these attributes ask for; check their values");
    return message(503, t.unavailable, link, warnings, "the site cannot reach its data right now; it will try again on the next load");
  }

  return { site, target, send, message, failed };
}

export async function aanbodAnswer(event: WidgetRequest, form: AnswerForm): Promise<Response> {
  const { options, warnings } = aanbodOptions(event.url.searchParams);
  const t = texts[options.lang];
  const { site, target, send, message, failed } = responder(event, form, options.lang);
  const allOrganisations = { href: `${site}/organisaties`, text: t.allOrganisations };

  const { school } = options;
  if (!school) {
    // The school's warning is the error line; print it once, not twice.
    const schoolWarning = warnings.find((warning) => warning.attribute === "school")!;
    const others = warnings.filter((warning) => warning !== schoolWarning);
    return message(400, t.noSchool, allOrganisations, others, warningLine(schoolWarning));
  }

  const result = await loadAanbod(event.fetch, { ...options, school });
  if (!result.ok) {
    if (result.reason === "not-found") {
      return message(404, t.unknownSchool, allOrganisations, warnings, `school: no organisation "${school}" on ${site}`);
    }
    return failed(result.reason, { href: `${site}/organisaties/${school}`, text: t.seeOnSite }, warnings);
  }

  const fragment = renderFragment(Aanbod, { data: result.data, options, site, target });
  return send(200, fragment, `${t.aanbodTitle(result.data.school.name)} - ${SITE_NAME}`, warnings);
}

export async function agendaAnswer(event: WidgetRequest, form: AnswerForm): Promise<Response> {
  const { options, warnings } = agendaOptions(event.url.searchParams);
  const t = texts[options.lang];
  const { site, target, send, failed } = responder(event, form, options.lang);

  const result = await loadAgenda(event.fetch, options);
  if (!result.ok) return failed(result.reason, { href: `${site}/agenda`, text: t.seeOnSite }, warnings);

  const fragment = renderFragment(Agenda, { data: result.data, options, site, target });
  return send(200, fragment, `${t.agendaTitle} - ${SITE_NAME}`, [...warnings, ...result.warnings]);
}
