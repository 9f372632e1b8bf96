// The widget elements, <techniek-aanbod> and <techniek-agenda>. The site (web's /embed routes)
// renders the markup, styles included; an element only fetches it into an open shadow root, so
// the host page pays for a couple of kilobytes, not for a framework. The server also validates the
// attributes (the query mirrors them) and sends its warnings in a header, which the element prints:
// one parser for the loader, the iframe form and the snippet builder.

/** Loader settings; tests shorten them. */
export const config = {
  /** After this long without an answer the element gives up and shows its message. */
  timeout: 10_000,
  /** Attribute changes within this many ms cause one request. */
  debounce: 30,
};

// The element's own fallback, for when the site cannot be reached at all (the site's own error
// fragments are rendered like any other answer).
const MESSAGE = {
  nl: ["Dit overzicht kan nu niet worden getoond.", "Bekijk het op Het Techniek Loket"],
  en: ["This overview cannot be shown right now.", "See it on Het Techniek Loket"],
};

/** Where the site is: the URL embed.js was loaded from (set by define()). */
let site = "";

export abstract class TechniekElement extends HTMLElement {
  /** The /embed route that renders this element, and its fallback page on the site. */
  protected abstract readonly route: string;
  protected abstract sitePage(): string;
  /**
   * Space to reserve while loading, in rows of 1.5rem, estimated from the attributes and measured on
   * the demo data, so the host page hardly moves when the content arrives. Released afterwards:
   * a school page should not keep a blank gap when its widget turns out shorter.
   */
  protected abstract rows(): number;

  #root = this.attachShadow({ mode: "open" });
  #reserve = document.createElement("style");
  #content = document.createElement("div");
  #request?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.#root.append(this.#reserve, this.#content);
  }

  connectedCallback(): void {
    this.#schedule();
  }

  attributeChangedCallback(): void {
    // Before the element is connected, connectedCallback loads it anyway.
    if (this.isConnected) this.#schedule();
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
    this.#request?.abort();
    this.#request = undefined;
  }

  protected number(name: string, fallback: number): number {
    return Math.min(Math.max(+(this.getAttribute(name) ?? NaN) || fallback, 0), 20);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#load(), config.debounce);
  }

  async #load(): Promise<void> {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    const tag = `<${this.localName}>`;
    const lang = this.getAttribute("lang")?.trim().toLowerCase() == "en" ? "en" : "nl";
    this.#reserve.textContent = `:host{display:block;min-height:${this.rows() * 1.5}rem}`;

    const query = new URLSearchParams();
    for (const name of (this.constructor as unknown as { observedAttributes: string[] }).observedAttributes) {
      const value = this.getAttribute(name);
      if (value !== null) query.set(name, value);
    }
    const timeout = setTimeout(() => request.abort(), config.timeout);
    let problem: string;
    try {
      const response = await fetch(new URL(`embed/${this.route}?${query}`, site), { signal: request.signal });
      const html = await response.text();
      for (const line of response.headers.get("techniek-warnings")?.split(",") ?? []) {
        if (line) console.warn(`${tag} ${decodeURIComponent(line)}`);
      }
      const error = response.headers.get("techniek-error");
      // The site's own error answers carry the message to show; anything else readable is not ours.
      if (response.ok || error) {
        if (error) console.error(`${tag} ${error}`);
        this.#content.innerHTML = html;
        this.#reserve.textContent = ":host{display:block}";
        return;
      }
      problem = `the site answered ${response.status}`;
    } catch {
      // Replaced by a newer request or removed from the page: nothing to say.
      if (this.#request !== request) return;
      problem = request.signal.aborted ? `no answer from ${site} within ${config.timeout / 1000} s` : `cannot reach ${site}`;
    } finally {
      clearTimeout(timeout);
    }
    console.error(`${tag} ${problem}`);
    const [text, linkText] = MESSAGE[lang];
    const message = document.createElement("p");
    const link = document.createElement("a");
    message.lang = lang;
    message.part = "message";
    link.href = new URL(this.sitePage(), site).href;
    link.textContent = linkText;
    message.append(`${text} `, link);
    this.#content.replaceChildren(message);
  }
}

export class TechniekAanbod extends TechniekElement {
  static observedAttributes = ["school", "sections", "events", "lang", "layout", "heading-level"];
  protected route = "aanbod";

  protected sitePage(): string {
    const school = this.getAttribute("school")?.trim();
    return school ? `organisaties/${encodeURIComponent(school)}` : "organisaties";
  }

  protected rows(): number {
    const sections = this.getAttribute("sections")?.split(",").length ?? 8;
    const compact = this.getAttribute("layout")?.trim().toLowerCase() == "compact";
    return 3 + sections * (compact ? 4.5 : 6.5) + this.number("events", 3) * (compact ? 1.6 : 2.6);
  }
}

export class TechniekAgenda extends TechniekElement {
  static observedAttributes = ["municipality", "audience", "kind", "organisation", "limit", "lang", "layout", "heading-level"];
  protected route = "agenda";

  protected sitePage(): string {
    return "agenda";
  }

  protected rows(): number {
    return 4 + this.number("limit", 5) * 2.5;
  }
}

/**
 * Registers both elements once, even when a page includes the script twice. `scriptUrl` is the
 * URL embed.js was loaded from: the widget's markup and links come from that site.
 */
export function define(scriptUrl: string, registry: CustomElementRegistry = customElements): void {
  site = scriptUrl;
  if (!registry.get("techniek-aanbod")) registry.define("techniek-aanbod", TechniekAanbod);
  if (!registry.get("techniek-agenda")) registry.define("techniek-agenda", TechniekAgenda);
}
