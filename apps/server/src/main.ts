import { readConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { type RunningServer, startServer } from "./startServer.ts";

// The single-process entry point: web app, API and collab server on one port.
// `apiMain.ts` and `collab-server/src/main.ts` split them across two processes.

const config = readConfig();
const logger = createLogger(config.logLevel);

let running: RunningServer | undefined;

try {
  running = await startServer({ config, logger });
} catch (error) {
  logger.fatal({ err: error }, "server failed to start");
  process.exit(1);
}

printWelcome(running);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, "shutting down");
    await running?.close();
    process.exit(0);
  });
}

function printWelcome(server: RunningServer): void {
  const lines = [
    "",
    `  协同 Xietong is running at ${server.url}`,
    config.databaseUrl
      ? "  Database: PostgreSQL from DATABASE_URL"
      : `  Database: embedded PGlite in ${config.dataDir} (set DATA_DIR to move it, DATABASE_URL for PostgreSQL)`,
  ];
  if (server.demo && server.demo.members.length === 0) {
    lines.push(
      "",
      `  The demo unit "${server.demo.unitName}" exists; its demo passwords have all been changed.`,
      "  A unit admin resets a member's password in 单位管理 (/unit); a new platform admin:",
      "    npm run admin -- create --phone <11-digit mobile> --name <name>",
    );
  } else if (server.demo) {
    lines.push(
      "",
      "  Demo accounts (the first is the platform admin; all share one password):",
    );
    for (const member of server.demo.members) {
      lines.push(
        `    ${member.name.padEnd(6, "　")} ${member.phone}  ${member.password}`,
      );
    }
    lines.push("  Start with XIETONG_DEMO=0 to skip the demo on a new database.");
  }
  lines.push("");
  process.stdout.write(`${lines.join("\n")}\n`);
}
