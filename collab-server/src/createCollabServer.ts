import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus, type WebSocketLike } from "@hocuspocus/server";
import type { Database, RightsEvents } from "@xietong/db";
import {
  type CollabServerMessage,
  formatDocumentName,
  parseDocumentName,
} from "@xietong/shared";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { type RawData, WebSocketServer } from "ws";
import * as Y from "yjs";
import { isAllowedOrigin } from "./checkOrigin.ts";
import { Authentication } from "./extensions/authentication.ts";
import { AutoVersions } from "./extensions/autoVersions.ts";
import { AwarenessIdentity } from "./extensions/awarenessIdentity.ts";
import { JournalFollower } from "./extensions/journalFollower.ts";
import { LiveAccess } from "./extensions/liveAccess.ts";
import { Persistence } from "./extensions/persistence.ts";
import { SavedAcks } from "./extensions/savedAcks.ts";
import { UpdateValidation } from "./extensions/updateValidation.ts";
import { DocumentTouches } from "./storage/DocumentTouches.ts";
import type { JournalEvents } from "./storage/journalEvents.ts";
import { UpdateJournal } from "./storage/UpdateJournal.ts";
import { restoreContext } from "./transactionOrigins.ts";

export interface CollabServerOptions {
  db: Kysely<Database>;
  events: RightsEvents;
  /**
   * Journal rows appended by other processes (`listenToJournal`), applied live to the
   * documents open here. Needed when an API process without a collab server restores
   * versions on the same PostgreSQL.
   */
  journalEvents?: JournalEvents;
  logger: Logger;
  /** Origins allowed on the websocket upgrade besides the request's own host. */
  allowedOrigins: readonly string[];
  /**
   * Hocuspocus's broadcast batching. `0` (our default, as Hocuspocus's) coalesces the
   * updates applied in one event-loop turn into one message per connection: with 30
   * clients typing, measured here, p50 latency 8 ms against 40–58 ms for `false`,
   * which sends every update to every connection at once. `false` wins only for one
   * writer's burst (a paste, an offline sync), where `0` pays `Y.mergeUpdates` on the
   * turn's updates. The benchmark measures both references.
   */
  flushDelay?: false | number;
  /**
   * Flush a turn's batch early once this many bytes of updates are buffered. Small,
   * so one writer's burst is merged in chunks of about 160 keystrokes (linear cost)
   * instead of thousands at once, while many writers' single keystrokes per turn still
   * go out as one message.
   */
  flushMaxBytes?: number;
  /** Re-check every connection's session and right this often (ms). */
  sweepIntervalMs?: number;
  /** Compact a document once this many journal rows follow its snapshot. */
  compactAfterRows?: number;
  /** Automatic version while a session of edits goes on this long (ms). */
  maxEditingSessionMs?: number;
  /**
   * How long the journal collects updates before one insert (ms). 25 by default:
   * with 10 clients typing 10 characters a second each, 5 ms made almost one commit
   * per keystroke (597 for 600 edits, measured here) and 25 ms about half as many,
   * CPU that PostgreSQL and the driver took from broadcasting on a 2-core machine.
   * 已保存 still waits for the commit; it only shows up to 20 ms later.
   */
  journalBatchDelayMs?: number;
  /** Write a document's `updatedAt` at most this often while it is edited (ms). */
  touchIntervalMs?: number;
}

/** A running collab server, mounted on an HTTP server's `upgrade` event at `/collab`. */
export interface CollabServer {
  /** Takes a websocket upgrade; refuses a foreign Origin with 403 before it opens. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Applies a change to a live document as a restore by `memberId`, loading the
   * document if it is not open, so connected clients receive it like any edit.
   */
  restoreInto(
    options: { documentId: string; memberId: string },
    change: (doc: Y.Doc) => void,
  ): Promise<void>;
  /** The state of a document open in this process, once its updates are durable; null when not open. */
  openDocumentState(
    documentId: string,
  ): Promise<{ state: Uint8Array; throughSeq: string } | null>;
  /** Re-checks every open connection's session and right now. */
  sweepAccess(): Promise<void>;
  /** The Hocuspocus instance, for tests and benchmarks. */
  readonly hocuspocus: Hocuspocus;
  /** Closes every connection, stores what is pending and stops. */
  destroy(): Promise<void>;
}

// Large enough for a long document pasted or synced after a day offline, small
// enough that one frame cannot exhaust memory.
const maxPayloadBytes = 32 * 1024 * 1024;

/**
 * Builds the collab server: Hocuspocus with our extensions, one concern each
 * (authentication, update validation, journal persistence, durable acks, live
 * access, awareness identity, automatic versions), and a `ws` server for upgrades.
 */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const log = options.logger;
  const savedAcks = new SavedAcks({ logger: log.child({ extension: "savedAcks" }) });

  let persistence: Persistence | undefined;
  let hocuspocus: Hocuspocus | undefined;
  const touches = new DocumentTouches({
    db: options.db,
    logger: log.child({ component: "documentTouches" }),
    intervalMs: options.touchIntervalMs,
  });
  const journal = new UpdateJournal({
    db: options.db,
    logger: log.child({ component: "journal" }),
    batchDelayMs: options.journalBatchDelayMs ?? 25,
    onCommitted: (highest) => {
      persistence?.noteCommitted(highest);
      touches.note(highest.keys());
    },
    onSaveFailed: (documentIds) => {
      if (hocuspocus) tellSaveFailed(hocuspocus, documentIds);
    },
  });
  persistence = new Persistence({
    db: options.db,
    journal,
    savedAcks,
    logger: log.child({ extension: "persistence" }),
    compactAfterRows: options.compactAfterRows,
  });
  const journalFollower = options.journalEvents
    ? [
        new JournalFollower({
          db: options.db,
          events: options.journalEvents,
          persistence,
          logger: log.child({ extension: "journalFollower" }),
        }),
      ]
    : [];
  const liveAccess = new LiveAccess({
    db: options.db,
    events: options.events,
    logger: log.child({ extension: "liveAccess" }),
    sweepIntervalMs: options.sweepIntervalMs,
  });

  hocuspocus = new Hocuspocus({
    name: "xietong-collab",
    quiet: true,
    extensions: [
      new Authentication({
        db: options.db,
        logger: log.child({ extension: "authentication" }),
      }),
      new UpdateValidation({ logger: log.child({ extension: "updateValidation" }) }),
      persistence,
      ...journalFollower,
      savedAcks,
      liveAccess,
      new AwarenessIdentity(),
      new AutoVersions({
        db: options.db,
        journal,
        persistence,
        logger: log.child({ extension: "autoVersions" }),
        maxSessionMs: options.maxEditingSessionMs,
      }),
    ],
    // No extension implements onStoreDocument: updates are stored through the journal
    // as they arrive. The debounce then only decides how long an idle document's no-op
    // store timer runs; with unloadImmediately the last disconnect fires it at once,
    // and our beforeUnloadDocument keeps the document until its journal is durable.
    // Small values would cost a timer callback per tick of typing for nothing.
    debounce: 2_000,
    maxDebounce: 10_000,
    unloadImmediately: true,
    flushDelay: options.flushDelay ?? 0,
    flushMaxBytes: options.flushMaxBytes ?? 4 * 1024,
    // Hocuspocus's default: a provider renews its awareness every 15 s, so a socket
    // silent for a minute is gone; it is closed and its document can unload.
    timeout: 60_000,
    async afterUnloadDocument({ documentName }) {
      const name = parseDocumentName(documentName);
      if (name) touches.forget(name.id);
    },
  });
  const instance = hocuspocus;

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes });
  let destroyed = false;

  return {
    hocuspocus: instance,

    handleUpgrade(request, socket, head) {
      if (destroyed || !isAllowedOrigin(request, options.allowedOrigins)) {
        log.warn({ origin: request.headers.origin ?? null }, "websocket upgrade refused");
        socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
        return;
      }

      let fetchRequest: Request;
      try {
        fetchRequest = toFetchRequest(request);
      } catch {
        socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
        return;
      }

      wss.handleUpgrade(request, socket, head, (websocket) => {
        const client = instance.handleConnection(
          websocket as unknown as WebSocketLike,
          fetchRequest,
        );
        websocket.on("message", (data) => client.handleMessage(toBytes(data)));
        websocket.on("close", (code, reason) =>
          client.handleClose({ code, reason: reason.toString() }),
        );
        websocket.on("error", (error) => {
          log.warn({ err: error }, "websocket error");
        });
      });
    },

    async restoreInto({ documentId, memberId }, change) {
      const connection = await instance.openDirectConnection(
        formatDocumentName({ kind: "document", id: documentId }),
        restoreContext(memberId),
      );
      try {
        await connection.transact((doc) => change(doc));
        await journal.whenDurable(documentId);
      } finally {
        await connection.disconnect();
      }
    },

    async openDocumentState(documentId) {
      const name = formatDocumentName({ kind: "document", id: documentId });
      const document = instance.documents.get(name);
      if (!document) return null;

      await journal.whenDurable(documentId);
      if (document.isDestroyed) return null;
      return {
        state: encodeState(document),
        throughSeq: persistence.throughSeq(documentId),
      };
    },

    sweepAccess: () => liveAccess.sweep(),

    async destroy() {
      if (destroyed) return;
      destroyed = true;
      liveAccess.stop();

      instance.closeConnections();
      for (const websocket of wss.clients) websocket.close(1001, "server shutting down");
      instance.flushPendingStores();
      await waitUntil(() => instance.getDocumentsCount() === 0, 10_000);

      await journal.close();
      await touches.close();
      await persistence.settle();
      wss.close();
      await instance.hooks("onDestroy", { instance });
    },
  };
}

const saveFailed = JSON.stringify({ type: "saveFailed" } satisfies CollabServerMessage);

function tellSaveFailed(instance: Hocuspocus, documentIds: string[]): void {
  for (const id of documentIds) {
    const document = instance.documents.get(formatDocumentName({ kind: "document", id }));
    for (const connection of document?.getConnections() ?? []) {
      connection.sendStateless(saveFailed);
    }
  }
}

// Hocuspocus reads headers (the session cookie) and the URL off a Fetch Request.
function toFetchRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = new URL(
    request.url ?? "/",
    `http://${request.headers.host ?? "localhost"}`,
  );
  return new Request(url, { headers });
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

function encodeState(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
