import { readConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { type RunningServer, startServer } from "./startServer.ts";

// The API half of the two-process setup: web app and tRPC on PORT, no collab
// websocket. Run `collab-server/src/main.ts` beside it against the same PostgreSQL
// (DATABASE_URL is required: rights events travel between the two by LISTEN/NOTIFY).

const config = readConfig();
const logger = createLogger(config.logLevel);

if (!config.databaseUrl) {
  logger.fatal(
    "the API process needs DATABASE_URL: an embedded database cannot be shared",
  );
  process.exit(1);
}

let running: RunningServer | undefined;
try {
  running = await startServer({ config, logger, parts: { api: true, collab: false } });
} catch (error) {
  logger.fatal({ err: error }, "api server failed to start");
  process.exit(1);
}

logger.info({ url: running.url }, "api server listening");
if (running.demo) {
  logger.info({ accounts: running.demo.members.length }, "demo unit present; see README");
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    logger.info({ signal }, "shutting down");
    await running?.close();
    process.exit(0);
  });
}
