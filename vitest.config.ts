import { defineConfig } from "vitest/config";

// Two cores: keep workers low so integration tests with servers and databases
// do not starve each other.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["{packages,db,apps,collab-server}/**/src/**/*.test.{ts,tsx}"],
          exclude: ["**/node_modules/**", "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["{packages,db,apps,collab-server}/**/*.int.test.ts"],
          exclude: ["**/node_modules/**"],
          globalSetup: ["db/src/testing/globalSetup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
