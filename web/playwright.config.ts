// End-to-end tests in Debian's Chromium against the whole platform: a fresh embedded PostgreSQL
// with the demo network, the real API and the built site, started by the root start script.
import { defineConfig } from "@playwright/test";

const apiPort = 4310;
const webPort = 3310;
const dataDir = "/tmp/techniek-loket-e2e-db";

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.e2e.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${webPort}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      // Never a downloaded browser: the system's Chromium (apt-get install chromium).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node --import tsx scripts/start.ts`,
    cwd: "..",
    url: `http://localhost:${webPort}`,
    env: { PG_DATA_DIR: dataDir, PG_PORT: "54361", API_PORT: String(apiPort), WEB_PORT: String(webPort), API_RATE_LIMIT: "0" },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
