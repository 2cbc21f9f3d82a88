import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const exclude = ["node_modules/**", ".next/**", "e2e/**", ".data/**", "tmp/**"];

// Unit tests (`x.test.ts`) need nothing running; integration tests (`x.int.test.ts`) talk to a
// real PostgreSQL (DATABASE_URL, provided by scripts/test.ts) and start embedded clusters.
export default defineConfig({
  resolve: {
    alias: {
      "@/": `${root}/`,
      // `server-only` throws outside React Server Components; tests are trusted server code.
      "server-only": `${root}/lib/testing/server-only-stub.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["**/*.test.ts", "**/*.test.tsx"], exclude: [...exclude, "**/*.int.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
