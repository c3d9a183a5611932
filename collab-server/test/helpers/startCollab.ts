import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { OpenDatabase, RightsEvents } from "@xietong/db";
import { createRightsEvents } from "@xietong/db";
import pino from "pino";
import {
  type CollabServer,
  type CollabServerOptions,
  createCollabServer,
  listenToJournal,
} from "../../src/index.ts";

/** A collab server listening on a free port, as the app mounts it at `/collab`. */
export interface RunningCollab {
  collab: CollabServer;
  events: RightsEvents;
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Starts a collab server on `database` with the real rights events. */
export async function startCollab(
  database: OpenDatabase & { url: string | undefined },
  options: Partial<CollabServerOptions> = {},
): Promise<RunningCollab> {
  const events = await createRightsEvents(database, { url: database.url });
  const journalEvents = await listenToJournal(database.url);
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const collab = createCollabServer({
    db: database.db,
    events,
    journalEvents,
    logger,
    allowedOrigins: [],
    ...options,
  });

  const server = createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket, head) => {
    if (request.url?.split("?")[0] !== "/collab") {
      socket.end("HTTP/1.1 404 Not Found\r\n\r\n");
      return;
    }
    collab.handleUpgrade(request, socket, head);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    collab,
    events,
    url: `ws://127.0.0.1:${port}/collab`,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await collab.destroy();
      await events.close();
      await journalEvents.close();
    },
  };
}
