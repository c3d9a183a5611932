// Runs turbo with its telemetry off, the same on every platform: npm scripts cannot
// set an environment variable portably, and turbo prints a notice without this.
import { spawnSync } from "node:child_process";

const result = spawnSync("turbo", process.argv.slice(2), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
