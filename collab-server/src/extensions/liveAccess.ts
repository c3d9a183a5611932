import {
  type Connection,
  type Document,
  type Extension,
  type Hocuspocus,
  OutgoingMessage,
} from "@hocuspocus/server";
import { validateSessionById } from "@xietong/auth";
import type { Database, RightsEvent, RightsEvents } from "@xietong/db";
import { resolveDocumentRole } from "@xietong/db";
import type { CollabServerMessage } from "@xietong/shared";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { closeEvents } from "../closeEvents.ts";
import { type ConnectionContext, isWritable } from "../connections/connectionContext.ts";
import { isSessionLive } from "../connections/isSessionLive.ts";
import { classifyOrigin } from "../transactionOrigins.ts";

type DocumentConnection = Connection<ConnectionContext>;

export interface LiveAccessOptions {
  db: Kysely<Database>;
  events: RightsEvents;
  logger: Logger;
  /** How often every connection's session and right are re-checked (ms). */
  sweepIntervalMs?: number;
}

/**
 * Keeps each connection's access in step with the database while it is open. A
 * rights event re-checks the connections it names at once (well within the 5 s the
 * product promises); a periodic sweep re-checks all of them, which catches sessions
 * that simply expired. A connection that lost its right or session is closed; one
 * whose right changed is switched between read-only and writable in place and told
 * `{"type":"access","role":…}`, so the editor follows without a reload.
 *
 * Read-only connections: Hocuspocus answers their updates and sync step 2 content
 * with a refusal and applies nothing; client-sent stateless messages are never
 * relayed by this server, and `BroadcastStateless` from a client closes it. Their
 * awareness is still relayed (Hocuspocus 4.7 does not filter it): viewers appear in
 * the avatar list, under the identity `AwarenessIdentity` stamps on them.
 */
export class LiveAccess implements Extension {
  extensionName = "liveAccess";

  private readonly db: Kysely<Database>;
  private readonly log: Logger;
  private readonly connections = new Set<DocumentConnection>();
  private readonly unsubscribe: () => void;
  private readonly sweepTimer: NodeJS.Timeout;
  private readonly checking = new Map<DocumentConnection, Promise<void>>();
  /** Connections that edited since their last check. */
  private readonly edited = new WeakSet<DocumentConnection>();

  constructor(options: LiveAccessOptions) {
    this.db = options.db;
    this.log = options.logger;
    this.unsubscribe = options.events.subscribe((event) => this.onRightsEvent(event));
    this.sweepTimer = setInterval(
      () => void this.sweep(),
      options.sweepIntervalMs ?? 30_000,
    );
    this.sweepTimer.unref();
  }

  async connected({ connection }: { connection: DocumentConnection }): Promise<void> {
    this.connections.add(connection);
    connection.onClose(() => {
      this.connections.delete(connection);
    });
  }

  // Editing is activity: it slides the session's idle expiry at the next check, so a
  // member typing for an hour without other requests is not signed out mid-sentence.
  async afterLoadDocument({ document }: { document: Document }): Promise<void> {
    document.on("update", (_update: Uint8Array, origin: unknown) => {
      const change = classifyOrigin(origin);
      switch (change.kind) {
        case "client":
          this.edited.add(change.connection);
          return;
        case "load":
        case "journal":
        case "restore":
        case "peer":
        case "server":
          return;
        default:
          change satisfies never;
      }
    });
  }

  async onDestroy({ instance: _instance }: { instance: Hocuspocus }): Promise<void> {
    this.stop();
  }

  /** Stops listening for events and sweeping. */
  stop(): void {
    this.unsubscribe();
    clearInterval(this.sweepTimer);
  }

  /** Re-checks every open connection now; resolves when all are done. */
  async sweep(): Promise<void> {
    for (const connection of [...this.connections]) await this.recheck(connection);
  }

  private onRightsEvent(event: RightsEvent): void {
    const affected = [...this.connections].filter((connection) =>
      isAffected(connection.context, event),
    );
    if (affected.length === 0) return;

    this.log.debug({ event, connections: affected.length }, "rights event");
    for (const connection of affected) void this.recheck(connection);
  }

  // One check per connection at a time; a second event waits for the first to finish
  // and then checks again, so the last word always reflects the latest database state.
  private recheck(connection: DocumentConnection): Promise<void> {
    const previous = this.checking.get(connection) ?? Promise.resolve();
    const next = previous.then(() => this.check(connection));
    this.checking.set(connection, next);
    void next.finally(() => {
      if (this.checking.get(connection) === next) this.checking.delete(connection);
    });
    return next;
  }

  private async check(connection: DocumentConnection): Promise<void> {
    if (!this.connections.has(connection)) return;
    const context = connection.context;

    let verdict: Verdict;
    try {
      verdict = await this.judge(context, this.edited.delete(connection));
    } catch (error) {
      // Keep the connection as it is; the next event or sweep checks again.
      this.log.error(
        { err: error, memberId: context.memberId, documentId: context.documentId },
        "access re-check failed",
      );
      return;
    }
    if (!this.connections.has(connection)) return;

    switch (verdict.kind) {
      case "close":
        this.log.info(
          {
            memberId: context.memberId,
            documentId: context.documentId,
            reason: verdict.event.reason,
          },
          "connection closed: access ended",
        );
        this.connections.delete(connection);
        connection.close(verdict.event);
        return;
      case "keep": {
        const changed =
          verdict.role !== context.role || verdict.trashed !== context.trashed;
        if (!changed) return;

        const wasReadOnly = connection.readOnly;
        context.role = verdict.role;
        context.trashed = verdict.trashed;
        connection.readOnly = !isWritable(context);
        this.log.info(
          {
            memberId: context.memberId,
            documentId: context.documentId,
            role: verdict.role,
            readOnly: connection.readOnly,
          },
          "connection access changed",
        );
        // A trashed document is read-only for its owner too: say so as "viewer".
        const role =
          connection.readOnly && isWritable({ role: verdict.role, trashed: false })
            ? "viewer"
            : verdict.role;
        connection.sendStateless(
          JSON.stringify({ type: "access", role } satisfies CollabServerMessage),
        );
        // Updates refused while read-only left gaps in this client's clock, so later
        // ones would wait on the server as pending structs. Asking for a sync makes
        // the client send everything the server lacks.
        if (wasReadOnly && !connection.readOnly) requestSync(connection);
        return;
      }
      default:
        verdict satisfies never;
    }
  }

  private async judge(context: ConnectionContext, active: boolean): Promise<Verdict> {
    const live = active
      ? (await validateSessionById(this.db, context.sessionId)) !== null
      : await isSessionLive(this.db, context.sessionId);
    if (!live) {
      return { kind: "close", event: closeEvents.unauthorized };
    }

    const resolved = await resolveDocumentRole(this.db, {
      memberId: context.memberId,
      documentId: context.documentId,
    });
    if (!resolved) return { kind: "close", event: closeEvents.forbidden };

    return { kind: "keep", role: resolved.role, trashed: resolved.trashed };
  }
}

function requestSync(connection: DocumentConnection): void {
  const message = new OutgoingMessage(connection.messageAddress)
    .createSyncMessage()
    .writeFirstSyncStepFor(connection.document);
  connection.send(message.toUint8Array());
}

type Verdict =
  | { kind: "close"; event: { code: number; reason: string } }
  | { kind: "keep"; role: ConnectionContext["role"]; trashed: boolean };

function isAffected(context: ConnectionContext, event: RightsEvent): boolean {
  switch (event.type) {
    case "document":
      return context.documentId === event.documentId;
    case "member":
      return context.memberId === event.memberId;
    case "session":
      return context.sessionId === event.sessionId;
    case "unit":
      return context.unitId === event.unitId;
    default:
      event satisfies never;
      return false;
  }
}
