// End-to-end tests in Chromium against the whole platform: a fresh embedded PostgreSQL with the
// demo network, the real API and the built site, started by the root start script.
import { defineConfig } from "@playwright/test";
import { testBrowser } from "./e2e/browser";

const browser = await testBrowser();
// Workers load this file too; the runner alone says which browser runs.
if (process.env.TEST_WORKER_INDEX === undefined) console.log(`Browser tests in ${browser.description}`);

const apiPort = 4310;
const webPort = 3310;
const dataDir = "/tmp/techniek-loket-e2e-db";
// Pictures the editors' tests upload, outside the repository and cleared with the database.
const imageDir = "/tmp/techniek-loket-e2e-images";

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
    launchOptions: { executablePath: browser.executablePath, args: browser.args, env: browser.env },
  },
  webServer: {
    command: `rm -rf ${dataDir} ${imageDir} && node --import tsx scripts/start.ts`,
    cwd: "..",
    url: `http://localhost:${webPort}`,
    // MailDev on ports of its own, so a developer's `npm start` inbox (1025/1080) can keep running.
    env: {
      PG_DATA_DIR: dataDir,
      IMAGE_DIR: imageDir,
      PG_PORT: "54361",
      API_PORT: String(apiPort),
      WEB_PORT: String(webPort),
      API_RATE_LIMIT: "0",
      WEB_RATE_LIMIT: "0",
      MAILDEV_SMTP_PORT: "1325",
      MAILDEV_WEB_PORT: "1380",
      // The browser tests never ask the real PDOK geocoder.
      GEOCODER_URL: "off",
    },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
