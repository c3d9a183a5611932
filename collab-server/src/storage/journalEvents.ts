import type { Database } from "@xietong/db";
import { type Kysely, sql } from "kysely";
import pg from "pg";

/** Journal rows of a document were appended outside the collab server, up to `throughSeq`. */
export interface JournalAppended {
  documentId: string;
  throughSeq: string;
}

/** Delivers `JournalAppended` events to this process. */
export interface JournalEvents {
  subscribe(listener: (event: JournalAppended) => void): () => void;
  close(): Promise<void>;
}

// A sibling of the rights events' channel: the same LISTEN/NOTIFY transport, its own
// payload, so neither side has to know the other's events.
const channel = "xietong_journal";

/**
 * Tells every collab process that rows were appended to a document's journal from
 * outside (an API process restoring a version, an import). Run it inside the
 * transaction that inserted the rows: PostgreSQL delivers a NOTIFY only at commit,
 * so listeners never look for rows that are not visible yet.
 */
export async function notifyJournalAppended(
  db: Kysely<Database>,
  event: JournalAppended,
): Promise<void> {
  await sql`select pg_notify(${channel}, ${JSON.stringify(event)})`.execute(db);
}

/**
 * Listens for `JournalAppended` events on PostgreSQL with one dedicated connection.
 * Without a URL (PGlite, one process) nothing can append from outside, so the
 * returned events never fire.
 */
export async function listenToJournal(url: string | undefined): Promise<JournalEvents> {
  const listeners = new Set<(event: JournalAppended) => void>();
  const subscribe = (listener: (event: JournalAppended) => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  if (!url) {
    return { subscribe, close: async () => listeners.clear() };
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("notification", (message) => {
    if (message.channel !== channel || !message.payload) return;
    const event = parseEvent(message.payload);
    if (!event) return;
    for (const listener of listeners) listener(event);
  });
  await client.query(`listen ${channel}`);

  return {
    subscribe,
    close: async () => {
      listeners.clear();
      await client.end();
    },
  };
}

function parseEvent(payload: string): JournalAppended | null {
  try {
    const value = JSON.parse(payload) as Partial<JournalAppended> | null;
    if (typeof value?.documentId !== "string") return null;
    if (typeof value.throughSeq !== "string" || !/^\d+$/.test(value.throughSeq)) {
      return null;
    }
    return { documentId: value.documentId, throughSeq: value.throughSeq };
  } catch {
    // A payload we did not write; nothing to act on.
    return null;
  }
}
