// Entry of dist/embed.js, the script schools paste: <script src="https://<site>/embed.js" async></script>.
// The site is wherever this script came from; document.currentScript is only set while it first
// runs, so it is read here, once. A tag manager may insert the script so that currentScript is
// empty; then the script tag is found by its name.
import { define } from "./element";

const script = document.currentScript as HTMLScriptElement | null;
define(script?.src || document.querySelector<HTMLScriptElement>('script[src*="embed.js"]')?.src || location.href);
