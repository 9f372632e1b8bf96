import { defineConfig } from "vitest/config";

export default defineConfig({
  // Node loads graphql's CommonJS build for Pothos and Yoga; the tests must share that one instance.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["src/**/*.test.ts"],
    globalSetup: ["./src/test/global-setup.ts"],
    setupFiles: ["./src/test/database.ts"],
    // Tests never ask the real PDOK; the geocoding tests serve its answers themselves.
    env: { GEOCODER_URL: "off", OUTBOUND_ALLOW_PRIVATE: "true" },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
