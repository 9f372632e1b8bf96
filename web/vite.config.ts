import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [sveltekit()],
  test: {
    projects: [
      {
        // Pure modules and load functions, in Node.
        extends: true,
        test: {
          name: "server",
          environment: "node",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.svelte.test.ts"],
        },
      },
      {
        // Components in a DOM. Svelte 5 must resolve to its browser build, or mount() is missing.
        extends: true,
        resolve: { conditions: ["browser"] },
        test: {
          name: "components",
          environment: "happy-dom",
          include: ["src/**/*.svelte.test.ts"],
          setupFiles: ["@testing-library/svelte/vitest"],
        },
      },
    ],
  },
});
