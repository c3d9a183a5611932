import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./src/chromium.ts";

// Each run gets its own output folder: the runner empties its folder at start, and
// several people may run the suite in one working tree. Workers inherit the variable.
process.env.XT_E2E_RUN ??= `${Date.now().toString(36)}-${process.pid}`;

// One worker: every test shares the one server process the global setup starts, and
// the restart test stops it. Two cores leave no room for parallel browsers anyway.
export default defineConfig({
  testDir: "./tests",
  outputDir: `test-results/${process.env.XT_E2E_RUN}`,
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./src/globalSetup.ts",
  use: {
    baseURL: process.env.XT_E2E_BASE_URL,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
});
