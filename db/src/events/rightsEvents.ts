import { EventEmitter } from "node:events";
import { sql } from "kysely";
import pg from "pg";
import type { OpenDatabase } from "../openDatabase.ts";

/**
 * Something that may have changed who can open or edit which document. The collab
 * server re-checks the affected connections when it hears one (within seconds).
 */
export type RightsEvent =
  | { type: "document"; documentId: string }
  | { type: "member"; memberId: string }
  | { type: "session"; sessionId: string }
  | { type: "unit"; unitId: string };

/** Publishes rights events and delivers them to every subscriber, in any process. */
export interface RightsEvents {
  publish(event: RightsEvent): Promise<void>;
  subscribe(listener: (event: RightsEvent) => void): () => void;
  close(): Promise<void>;
}

const channel = "xietong_rights";

/**
 * On PostgreSQL, events travel by LISTEN/NOTIFY so an API process and a collab process
 * hear each other. PGlite lives in one process, so an in-process emitter is enough.
 */
export async function createRightsEvents(
  database: OpenDatabase,
  options: { url?: string | undefined } = {},
): Promise<RightsEvents> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);

  if (database.backend === "pglite" || !options.url) {
    return {
      publish: async (event) => {
        emitter.emit("event", event);
      },
      subscribe: (listener) => subscribeTo(emitter, listener),
      close: async () => {
        emitter.removeAllListeners();
      },
    };
  }

  const listener = new pg.Client({ connectionString: options.url });
  await listener.connect();
  listener.on("notification", (message) => {
    if (message.channel !== channel || !message.payload) return;
    try {
      emitter.emit("event", JSON.parse(message.payload) as RightsEvent);
    } catch {
      // A payload we did not write; nothing to act on.
    }
  });
  await listener.query(`listen ${channel}`);

  return {
    publish: async (event) => {
      await sql`select pg_notify(${channel}, ${JSON.stringify(event)})`.execute(
        database.db,
      );
    },
    subscribe: (handler) => subscribeTo(emitter, handler),
    close: async () => {
      emitter.removeAllListeners();
      await listener.end();
    },
  };
}

function subscribeTo(emitter: EventEmitter, listener: (event: RightsEvent) => void) {
  emitter.on("event", listener);
  return () => {
    emitter.off("event", listener);
  };
}
