import { defineConfig } from "vitest/config";

// One self-contained IIFE file, dist/embed.js: schools include it with a plain <script async>.
export default defineConfig({
  build: {
    lib: {
      entry: "src/embed.ts",
      formats: ["iife"],
      name: "TechniekLoketEmbed",
      fileName: () => "embed.js",
    },
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    // Native class fields (every browser since 2021) instead of helpers that cost bytes.
    target: "es2022",
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
