// The <techniek-aanbod> element. For now it reads its attributes and reports what it cannot use;
// fetching and rendering the school's offering into a shadow root comes with the widget itself.
import { parseAttributes, type WidgetOptions } from "./attributes";

export const TAG = "techniek-aanbod";

export class TechniekAanbod extends HTMLElement {
  /** The options as last read, or null before the element is connected. */
  options: WidgetOptions | null = null;

  connectedCallback(): void {
    const { options, warnings } = parseAttributes(this);
    this.options = options;
    // One prefixed line per problem, so a school's web developer can find it in the console.
    for (const { attribute, message } of warnings) console.warn(`<${TAG}> ${attribute}: ${message}`);
  }
}

/** Registers the element once, even when a page includes the script twice. */
export function define(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(TAG)) registry.define(TAG, TechniekAanbod);
}
