// The snippets the builder (/zet-op-je-website) hands out: the element with the script, and the
// iframe form for sites that strip scripts. Attributes at their default are left out, so a snippet
// says only what the school chose. Runs in the browser too (the builder's preview is live).
import { audienceSectors, eventKinds } from "$lib/enum-words";
import { escapeHtml } from "./escape";
import { AANBOD_DEFAULTS, AGENDA_DEFAULTS, SECTIONS, type AanbodOptions, type AgendaOptions, type Section } from "./options";

export type Attributes = [name: string, value: string][];

function common(options: AanbodOptions | AgendaOptions): Attributes {
  const attributes: Attributes = [];
  if (options.lang !== AANBOD_DEFAULTS.lang) attributes.push(["lang", options.lang]);
  if (options.layout !== AANBOD_DEFAULTS.layout) attributes.push(["layout", options.layout]);
  if (options.headingLevel !== AANBOD_DEFAULTS.headingLevel) attributes.push(["heading-level", String(options.headingLevel)]);
  return attributes;
}

export function aanbodAttributes(options: AanbodOptions & { school: string }): Attributes {
  const attributes: Attributes = [["school", options.school]];
  const allInOrder = options.sections.join() === SECTIONS.join();
  if (!allInOrder) attributes.push(["sections", options.sections.join(",")]);
  if (options.events !== AANBOD_DEFAULTS.events) attributes.push(["events", String(options.events)]);
  return [...attributes, ...common(options)];
}

export function agendaAttributes(options: AgendaOptions): Attributes {
  const attributes: Attributes = [];
  if (options.municipalities.length) attributes.push(["municipality", options.municipalities.join(",")]);
  if (options.audiences.length) attributes.push(["audience", options.audiences.map((sector) => audienceSectors[sector].widget).join(",")]);
  if (options.kinds.length) attributes.push(["kind", options.kinds.map((kind) => eventKinds[kind].widget).join(",")]);
  if (options.organisation) attributes.push(["organisation", options.organisation]);
  if (options.limit !== AGENDA_DEFAULTS.limit) attributes.push(["limit", String(options.limit)]);
  return [...attributes, ...common(options)];
}

export type WidgetName = "aanbod" | "agenda";

/** The iframe form's address: the same attributes, as the query. */
export function iframeUrl(site: string, widget: WidgetName, attributes: Attributes): string {
  const query = new URLSearchParams(attributes).toString();
  return `${site}/embed/${widget}/iframe${query ? `?${query}` : ""}`;
}

export function scriptSnippet(site: string, widget: WidgetName, attributes: Attributes): string {
  const tag = `techniek-${widget}`;
  const list = attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join("");
  return `<script src="${site}/embed.js" async></script>\n<${tag}${list}></${tag}>`;
}

/** The key of the iframe form's message with its content height (see frame-height.ts). */
export const HEIGHT_MESSAGE_KEY = "techniekLoketHeight";

/**
 * The iframe, and a few lines that give it the height its document reports, so it fits its
 * content on any screen. A site that strips scripts keeps the iframe at the given height.
 */
export function iframeSnippet(site: string, widget: WidgetName, attributes: Attributes, title: string, height: number): string {
  const src = escapeHtml(iframeUrl(site, widget, attributes));
  // JSON.stringify makes a JavaScript string; "<" is escaped so the origin cannot end the script.
  const origin = JSON.stringify(site).replaceAll("<", "\\u003c");
  const resize =
    `<script>addEventListener("message",function(e){var h=e.origin===${origin}&&e.data&&e.data.${HEIGHT_MESSAGE_KEY};` +
    `if(h)document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=h+"px"})});</script>`;
  return `<iframe src="${src}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>\n${resize}`;
}

// Heights in CSS pixels of each section in the full layout, measured on the demo data and rounded
// up: a frame that is too tall shows some white space, one that is too short a scroll bar.
const SECTION_HEIGHTS: Record<Section, number> = {
  profiles: 200,
  techlab: 240,
  primary: 220,
  electives: 240,
  challenges: 320,
  partners: 230,
  events: 60,
  contact: 130,
};
const COMPACT = 0.65;

/**
 * The height the iframe starts with, and keeps where the page strips the snippet's script: one
 * that fits typical content; the school can change the number.
 */
export function iframeHeight(widget: WidgetName, options: AanbodOptions | AgendaOptions): number {
  const scale = options.layout === "compact" ? COMPACT : 1;
  if (widget === "agenda") return Math.round(120 + (options as AgendaOptions).limit * 66);
  const { sections, events } = options as AanbodOptions;
  const eventRows = sections.includes("events") ? events * 66 : 0;
  const body = sections.reduce((sum, section) => sum + SECTION_HEIGHTS[section], 0) * scale;
  return Math.round(110 + body + eventRows * scale);
}
