// The widgets' options as the /embed routes and the snippet builder read them. The query mirrors
// the elements' attributes, so the parsers are embed's own (one set of rules for the element, the
// iframe form and the builder), imported from the embed package.
import { parseAgendaAttributes, type AgendaOptions as EmbedAgendaOptions } from "@techniek-loket/embed/agenda-attributes";
import type { AttributeWarning } from "@techniek-loket/embed/attribute-parsing";
import { parseAttributes, type WidgetOptions } from "@techniek-loket/embed/attributes";
import { audienceSectors, eventKinds, valueByWord } from "$lib/enum-words";
import type { AudienceSector, EventKind } from "$lib/graphql/generated/graphql";

export type { AttributeWarning, WidgetOptions as AanbodOptions };
export { AGENDA_DEFAULTS } from "@techniek-loket/embed/agenda-attributes";
export { DEFAULTS as AANBOD_DEFAULTS, SECTIONS, type Section } from "@techniek-loket/embed/attributes";
export type { CommonOptions, HeadingLevel, Lang, Layout } from "@techniek-loket/embed/attribute-parsing";

/** <techniek-agenda>'s options, its `kind` and `audience` read as the API's values. */
export type AgendaOptions = EmbedAgendaOptions<EventKind, AudienceSector>;

/** The widget's keywords, from the one table of words (lib/enum-words.ts): kind="open-day". */
const agendaKeywords = { kinds: valueByWord(eventKinds, "widget"), audiences: valueByWord(audienceSectors, "widget") };

const fromQuery = (query: URLSearchParams) => ({ getAttribute: (name: string) => query.get(name) });

export function aanbodOptions(query: URLSearchParams) {
  return parseAttributes(fromQuery(query));
}

export function agendaOptions(query: URLSearchParams) {
  return parseAgendaAttributes(fromQuery(query), agendaKeywords);
}

/** A warning as the loader prints it after its element name. */
export function warningLine({ attribute, message }: AttributeWarning): string {
  return `${attribute}: ${message}`;
}
