// The widgets' options as the /embed routes and the snippet builder read them. The query mirrors
// the elements' attributes, so the parsers are embed's own (one set of rules for the element, the
// iframe form and the builder), imported from the embed workspace's source.
import { parseAgendaAttributes, type AgendaOptions } from "../../../../embed/src/agenda-attributes";
import type { AttributeWarning } from "../../../../embed/src/attribute-parsing";
import { parseAttributes, type WidgetOptions } from "../../../../embed/src/attributes";

export type { AgendaOptions, AttributeWarning, WidgetOptions as AanbodOptions };
export { AGENDA_DEFAULTS, AUDIENCES, KINDS } from "../../../../embed/src/agenda-attributes";
export { DEFAULTS as AANBOD_DEFAULTS, SECTIONS, type Section } from "../../../../embed/src/attributes";
export type { CommonOptions, HeadingLevel, Lang, Layout } from "../../../../embed/src/attribute-parsing";

const fromQuery = (query: URLSearchParams) => ({ getAttribute: (name: string) => query.get(name) });

export function aanbodOptions(query: URLSearchParams) {
  return parseAttributes(fromQuery(query));
}

export function agendaOptions(query: URLSearchParams) {
  return parseAgendaAttributes(fromQuery(query));
}

/** A warning as the loader prints it after its element name. */
export function warningLine({ attribute, message }: AttributeWarning): string {
  return `${attribute}: ${message}`;
}
