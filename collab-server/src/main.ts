import { createServer } from "node:http";
import { createRightsEvents, migrateToLatest, openDatabase } from "@xietong/db";
import pino from "pino";
import { createCollabServer } from "./createCollabServer.ts";
import { listenToJournal } from "./storage/journalEvents.ts";

// The collab server as its own process, for the two-process setup: the API runs
// `npm run server:api`, this runs `npm run server:collab`, both on one PostgreSQL
// (DATABASE_URL is required: PGlite lives inside one process).

const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: {
    paths: [
      "token",
      "*.token",
      "cookie",
      "*.cookie",
      "headers.cookie",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
}).child({ component: "collab" });

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  logger.fatal("DATABASE_URL is required to run the collab server on its own");
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3001);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  logger.fatal({ port: process.env.PORT }, "PORT is not a port number");
  process.exit(1);
}

const database = await openDatabase({ url: databaseUrl });
await migrateToLatest(database.db);
const events = await createRightsEvents(database, { url: databaseUrl });
// The API process appends restored versions to the journal; this applies them live.
const journalEvents = await listenToJournal(databaseUrl);
const collab = createCollabServer({
  db: database.db,
  events,
  journalEvents,
  logger,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean),
});

const server = createServer((_request, response) => {
  response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
});
server.on("upgrade", (request, socket, head) => {
  const path = (request.url ?? "/").split("?")[0];
  if (path !== "/collab") {
    socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
    return;
  }
  collab.handleUpgrade(request, socket, head);
});

server.listen(port, process.env.HOST ?? "0.0.0.0", () => {
  logger.info({ port, database: database.location }, "collab server listening");
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info("collab server stopping");
  server.close();
  await collab.destroy();
  await events.close();
  await journalEvents.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
