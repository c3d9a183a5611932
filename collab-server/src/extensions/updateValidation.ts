import type { Connection, Document, Extension } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import type { Logger } from "pino";
import * as Y from "yjs";
import { CollabRefusal, closeEvents } from "../closeEvents.ts";
import { classifyOrigin } from "../transactionOrigins.ts";

// Hocuspocus message types a provider sends on a document: Sync, Awareness, Auth,
// QueryAwareness, SyncReply, Stateless and Close. BroadcastStateless (6) is refused by
// Hocuspocus itself.
const clientMessageTypes = new Set([0, 1, 2, 3, 4, 5, 7]);

// y-protocols sync message types carrying a Yjs update (step 1 carries a state vector).
const syncStep2 = 1;
const syncUpdate = 2;

/**
 * Applies every client update to a per-document shadow Y.Doc before Hocuspocus applies
 * it to the live document. Yjs can throw halfway through `applyUpdate` and leave the
 * document changed (and its `update` event fired), so a bad update must fail on the
 * shadow: the connection that sent it is closed and the live document, the journal and
 * the other clients never see it. The sync protocol speaks V1 only, and only V1 is
 * decoded here; V2 decoding of hostile input can hang.
 *
 * The `beforeSync` hook is awaited by Hocuspocus before it applies the message, which
 * is what makes this ordering hold. Changes from any other origin (a restore, a peer)
 * are applied to the shadow after the fact, so it stays in step with the live document.
 */
export class UpdateValidation implements Extension {
  extensionName = "updateValidation";
  // Before every other `beforeSync`: nothing else may count an update that is refused.
  priority = 200;

  private readonly shadows = new Map<string, Y.Doc>();
  private readonly log: Logger;

  constructor(options: { logger: Logger }) {
    this.log = options.logger;
  }

  /**
   * Refuses a frame whose message type a provider never sends: Hocuspocus would only
   * log and ignore it, and a client speaking nonsense should not stay connected.
   */
  async beforeHandleMessage({
    update,
    connection,
  }: {
    update: Uint8Array;
    connection: Connection;
  }): Promise<void> {
    let type: number;
    try {
      const decoder = decoding.createDecoder(update);
      decoding.readVarString(decoder);
      type = decoding.readVarUint(decoder);
    } catch {
      type = -1;
    }
    if (clientMessageTypes.has(type)) return;

    this.log.warn({ socketId: connection.socketId, type }, "client frame refused");
    throw new CollabRefusal(closeEvents.invalidUpdate);
  }

  async afterLoadDocument({ document }: { document: Document }): Promise<void> {
    this.shadows.set(document.name, shadowOf(document));

    document.on("update", (update: Uint8Array, origin: unknown) => {
      const change = classifyOrigin(origin);
      switch (change.kind) {
        case "client":
          // Already applied to the shadow in beforeSync.
          return;
        case "load":
        case "journal":
        case "restore":
        case "peer":
        case "server":
          this.applyToShadow(document, update);
          return;
        default:
          change satisfies never;
      }
    });
  }

  async beforeSync({
    connection,
    document,
    type,
    payload,
  }: {
    connection: Connection;
    document: Document;
    type: number;
    payload: Uint8Array;
  }): Promise<void> {
    if (type !== syncStep2 && type !== syncUpdate) return;
    // Hocuspocus does not apply a read-only connection's content; nothing to check.
    if (connection.readOnly) return;

    const shadow = this.shadows.get(document.name);
    if (!shadow) throw new CollabRefusal(closeEvents.invalidUpdate);

    try {
      Y.applyUpdate(shadow, payload);
    } catch (error) {
      this.rebuildShadow(document);
      this.log.warn(
        { err: error, documentName: document.name, socketId: connection.socketId },
        "client update refused",
      );
      throw new CollabRefusal(closeEvents.invalidUpdate);
    }
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    this.shadows.get(documentName)?.destroy();
    this.shadows.delete(documentName);
  }

  private applyToShadow(document: Document, update: Uint8Array): void {
    const shadow = this.shadows.get(document.name);
    if (!shadow) return;
    try {
      Y.applyUpdate(shadow, update);
    } catch {
      this.rebuildShadow(document);
    }
  }

  // A failed apply may have half-changed the shadow: start again from the live state.
  private rebuildShadow(document: Document): void {
    this.shadows.get(document.name)?.destroy();
    this.shadows.set(document.name, shadowOf(document));
  }
}

function shadowOf(document: Document): Y.Doc {
  const shadow = new Y.Doc({ gc: document.gc });
  Y.applyUpdate(shadow, Y.encodeStateAsUpdate(document));
  return shadow;
}
