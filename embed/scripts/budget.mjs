// The host page pays for the widget: dist/embed.js stays within a gzip budget. Run after the build.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const FILE = new URL("../dist/embed.js", import.meta.url);
const BUDGET = 2048; // bytes, gzip

let source;
try {
  source = readFileSync(FILE);
} catch {
  console.error("budget: dist/embed.js is missing; run vite build first");
  process.exit(1);
}

const gzip = gzipSync(source, { level: 9 }).length;
const line = `embed.js: ${source.length} bytes, ${gzip} bytes gzip (budget ${BUDGET})`;
if (gzip > BUDGET) {
  console.error(`${line}: over budget by ${gzip - BUDGET} bytes`);
  process.exit(1);
}
console.log(line);
