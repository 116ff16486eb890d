import { defineConfig } from "vitest/config";

// Three projects, one command (`npm test`):
// - unit: the domain and pure modules, beside the code (*.test.ts);
// - integration: services, routes, CLI on a real database (*.int.test.ts): PGlite by default,
//   the PostgreSQL of DATABASE_URL when set;
// - e2e: browser journeys in Debian's Chromium (e2e/*.e2e.test.ts).
export default defineConfig({
  test: {
    globalSetup: ["./test/support/global-setup.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts"], exclude: ["src/**/*.int.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "test/**/*.int.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["e2e/**/*.e2e.test.ts"], testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false },
      },
    ],
  },
});
