// The Chromium the browser tests run in. By default the one `npm install` brings from the npm
// registry (@sparticuz/chromium ships a headless Chromium inside its package), so `npm test` needs
// nothing but Node and npm; CHROMIUM_PATH chooses another, such as Debian's
// /usr/lib/chromium/chromium. Playwright itself never downloads a browser.
import Chromium from "@sparticuz/chromium";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TestBrowser {
  /** Says which browser runs, for the test output. */
  description: string;
  executablePath: string;
  args: string[];
  env: Record<string, string | undefined>;
}

// What our own launch adds to Playwright's defaults. Of @sparticuz/chromium's own flags we keep
// none: they are tuned for AWS Lambda, and `--single-process` makes a suite with many pages
// unstable while `--disable-web-security` would switch off the cross-origin checks the widget
// tests rely on. The rest keeps a closed network quiet (no background connections to Google).
const args = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-domain-reliability",
  "--disable-sync",
  "--no-first-run",
  "--no-pings",
];

export async function testBrowser(): Promise<TestBrowser> {
  const systemPath = process.env.CHROMIUM_PATH;
  if (systemPath) return { description: `Chromium at ${systemPath} (CHROMIUM_PATH)`, executablePath: systemPath, args, env: process.env };

  const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.resolve("@sparticuz/chromium")), "utf8")) as { version: string };
  const home = await unpacked(version);
  return {
    description: `Chromium from @sparticuz/chromium ${version} (npm), unpacked in ${home}`,
    executablePath: join(home, "chromium"),
    args,
    // Only the fonts that come with the package, so pages render the same on every machine.
    env: { ...process.env, FONTCONFIG_PATH: join(home, "fonts") },
  };
}

/**
 * Unpacks the package's browser once per version into a folder of its own. The package unpacks
 * into os.tmpdir(); pointing that at a staging folder and renaming it when complete means an
 * interrupted unpack or two test runs starting at once never leave a half-written browser behind.
 */
async function unpacked(version: string): Promise<string> {
  const home = join(tmpdir(), `techniek-loket-chromium-${version}`);
  if (existsSync(join(home, "chromium"))) return home;

  const staging = `${home}.${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const tmpdirBefore = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await Chromium.executablePath();
  } finally {
    if (tmpdirBefore === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdirBefore;
  }
  // The package's fonts.conf names /tmp/fonts; ours names the folder the fonts are really in.
  await writeFile(
    join(staging, "fonts", "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(home, "fonts", "fonts")}</dir>\n  <cachedir>${join(home, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
  );
  try {
    await rename(staging, home);
  } catch (error) {
    // Another run finished first: use its copy.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(home, "chromium"))) throw error;
  }
  return home;
}
