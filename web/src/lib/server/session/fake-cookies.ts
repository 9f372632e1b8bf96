// Cookies for tests of load functions and actions: what was set and deleted, as SvelteKit would
// send it back to the browser.
import type { Cookies } from "@sveltejs/kit";

export interface FakeCookies extends Cookies {
  /** The value and options of each cookie the code set; deleted ones are gone. */
  readonly jar: Map<string, { value: string; options: Record<string, unknown> }>;
  readonly deleted: string[];
}

export function fakeCookies(initial: Record<string, string> = {}): FakeCookies {
  const jar = new Map(Object.entries(initial).map(([name, value]) => [name, { value, options: {} }]));
  const deleted: string[] = [];
  return {
    jar,
    deleted,
    get: (name) => jar.get(name)?.value,
    getAll: () => [...jar].map(([name, { value }]) => ({ name, value })),
    set: (name, value, options) => void jar.set(name, { value, options }),
    delete: (name) => {
      jar.delete(name);
      deleted.push(name);
    },
    serialize: () => "",
  };
}
