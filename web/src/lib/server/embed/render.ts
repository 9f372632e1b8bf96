// Widget answers as HTML: `render` from svelte/server, with each component's CSS injected into the
// answer (see Widget.svelte).
import type { Component } from "svelte";
import { FRAME_HEIGHT_SCRIPT } from "./frame-height";
import { render } from "svelte/server";
import { escapeHtml } from "$lib/embed/escape";
import type { Lang } from "$lib/embed/options";

/** Markup for a shadow root: the widget's <style> and its markup, nothing else. */
export function renderFragment<Props extends Record<string, unknown>>(component: Component<Props>, props: Props): string {
  const { head, body } = render(component as Component<Record<string, unknown>>, { props });
  // Hydration markers serve no purpose in markup nothing hydrates. Svelte escapes `<` in text and
  // attributes alike, so every comment in its output is its own.
  return head + body.replace(/<!--[[\]!\d-]*-->/g, "");
}

/**
 * The iframe form: the same fragment as a whole document, without the site's layout or scripts,
 * reporting its height to the page that frames it. The title names the frame's document; the
 * snippet's iframe carries its own title attribute.
 */
export function renderDocument(fragment: string, { lang, title }: { lang: Lang; title: string }): string {
  return [
    "<!doctype html>",
    `<html lang="${lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>html,body{margin:0;background:transparent}</style>",
    "</head>",
    `<body>${fragment}<script>${FRAME_HEIGHT_SCRIPT}</script></body>`,
    "</html>",
  ].join("\n");
}
