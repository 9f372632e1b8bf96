// The iframe form tells the page that frames it how tall its content is, whenever that changes
// (fonts, a narrow phone, more events), so the snippet's few lines can size the iframe and nothing
// hides in a nested scroll box. The message carries only a number, so any page may receive it.
import { createHash } from "node:crypto";
import { HEIGHT_MESSAGE_KEY } from "$lib/embed/snippet";

export const FRAME_HEIGHT_SCRIPT = `new ResizeObserver(function(){parent.postMessage({${HEIGHT_MESSAGE_KEY}:Math.ceil(document.documentElement.getBoundingClientRect().height)},"*")}).observe(document.documentElement);`;

/** The script's CSP source: the only script the iframe document may run. */
export const FRAME_HEIGHT_SCRIPT_SOURCE = `'sha256-${createHash("sha256").update(FRAME_HEIGHT_SCRIPT).digest("base64")}'`;
