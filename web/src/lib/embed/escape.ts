// HTML escaping for the few strings the widgets assemble by hand (the iframe document's title,
// the builder's snippets); everything else goes through Svelte, which escapes on its own.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}
