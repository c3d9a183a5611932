import type { AddressInfo } from "node:net";
import { createCollabServer, listenToJournal } from "@xietong/collab-server";
import { createRightsEvents, migrateToLatest, openDatabase } from "@xietong/db";
import type { ServerConfig } from "./config.ts";
import { createHttpServer } from "./createHttpServer.ts";
import { seedDemo } from "./demo/seedDemo.ts";
import type { Logger } from "./logger.ts";
import { scheduleAuthSweep } from "./scheduleAuthSweep.ts";
import { createTrpcHandler } from "./trpc/createTrpcHandler.ts";

/** A running Xietong server and how to stop it cleanly. */
export interface RunningServer {
  url: string;
  port: number;
  /** The demo accounts to print, while the demo unit exists. */
  demo: Awaited<ReturnType<typeof seedDemo>>;
  close(): Promise<void>;
}

export interface StartOptions {
  config: ServerConfig;
  logger: Logger;
  /** Which halves to run in this process; both by default. */
  parts?: { api: boolean; collab: boolean };
}

/** Opens the database, migrates it, seeds the demo when asked, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const parts = options.parts ?? { api: true, collab: true };

  const database = await openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
  });
  logger.info(
    { backend: database.backend, location: database.location },
    "database opened",
  );

  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, "migrations applied");

  const events = await createRightsEvents(database, { url: config.databaseUrl });
  const demo = parts.api
    ? await seedDemo(database.db, logger, { create: config.seedDemo })
    : null;

  // API-only processes on the same PostgreSQL append journal rows (restores, imports);
  // the collab half applies them live to documents it holds open.
  const journalEvents = parts.collab
    ? await listenToJournal(config.databaseUrl)
    : undefined;
  const collab = parts.collab
    ? createCollabServer({
        db: database.db,
        events,
        journalEvents,
        logger: logger.child({ component: "collab" }),
        allowedOrigins: config.allowedOrigins,
      })
    : undefined;

  const trpc = parts.api
    ? createTrpcHandler({
        db: database.db,
        events,
        logger: logger.child({ component: "api" }),
        allowedOrigins: config.allowedOrigins,
        collab,
        signInFailuresPerMinute: config.signInFailuresPerMinute,
        trustedProxyHops: config.trustedProxyHops,
      })
    : undefined;

  const stopSweep = parts.api
    ? scheduleAuthSweep(database.db, logger.child({ component: "auth" }))
    : undefined;

  const server = createHttpServer({
    trpc,
    collab,
    webRoot: parts.api ? config.webRoot : undefined,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}`,
    port,
    demo,
    close: async () => {
      stopSweep?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await collab?.destroy();
      await journalEvents?.close();
      await events.close();
      await database.close();
    },
  };
}
