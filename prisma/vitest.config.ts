import { defineConfig } from "vitest/config";

// The seed's own logic (the rolling calendar); the API's tests cover the seeded database.
export default defineConfig({ test: { include: ["**/*.test.ts"], exclude: ["node_modules/**", "generated/**"] } });
