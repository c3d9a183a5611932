import type { Document, Extension, onDisconnectPayload } from "@hocuspocus/server";
import type { Database } from "@xietong/db";
import { insertDocumentVersion } from "@xietong/db";
import { parseDocumentName } from "@xietong/shared";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import * as Y from "yjs";
import type { UpdateJournal } from "../storage/UpdateJournal.ts";
import { classifyOrigin } from "../transactionOrigins.ts";
import type { Persistence } from "./persistence.ts";

interface EditingSession {
  lastEditorId: string | null;
  timer: NodeJS.Timeout;
}

export interface AutoVersionsOptions {
  db: Kysely<Database>;
  journal: UpdateJournal;
  persistence: Persistence;
  logger: Logger;
  /** A session of edits longer than this gets a version without waiting for its end (ms). */
  maxSessionMs?: number;
}

/**
 * Automatic versions: one when an editing session ends (the last writable connection
 * leaves a document that was edited) and one every `maxSessionMs` while edits go on.
 * A version is taken after the edits it holds are durable.
 */
export class AutoVersions implements Extension {
  extensionName = "autoVersions";

  private readonly db: Kysely<Database>;
  private readonly journal: UpdateJournal;
  private readonly persistence: Persistence;
  private readonly log: Logger;
  private readonly maxSessionMs: number;
  private readonly sessions = new Map<string, EditingSession>();

  constructor(options: AutoVersionsOptions) {
    this.db = options.db;
    this.journal = options.journal;
    this.persistence = options.persistence;
    this.log = options.logger;
    this.maxSessionMs = options.maxSessionMs ?? 10 * 60_000;
  }

  async afterLoadDocument({ document }: { document: Document }): Promise<void> {
    document.on("update", (_update: Uint8Array, origin: unknown) => {
      const change = classifyOrigin(origin);
      switch (change.kind) {
        case "client":
          this.noteEdit(document, change.connection.context.memberId);
          return;
        case "server":
          this.noteEdit(document, null);
          return;
        case "restore":
          // A restore records its own version.
          return;
        case "load":
        case "journal":
        case "peer":
          // Stored and versioned where they were made (a restore records its own).
          return;
        default:
          change satisfies never;
      }
    });
  }

  async onDisconnect({ document }: onDisconnectPayload): Promise<void> {
    const writers = document
      .getConnections()
      .filter((connection) => !connection.readOnly);
    if (writers.length > 0) return;
    await this.takeVersion(document);
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    const session = this.sessions.get(documentName);
    if (session) clearTimeout(session.timer);
    this.sessions.delete(documentName);
  }

  private noteEdit(document: Document, memberId: string | null): void {
    const session = this.sessions.get(document.name);
    if (session) {
      if (memberId) session.lastEditorId = memberId;
      return;
    }

    const timer = setTimeout(() => void this.takeVersion(document), this.maxSessionMs);
    timer.unref();
    this.sessions.set(document.name, { lastEditorId: memberId, timer });
  }

  private async takeVersion(document: Document): Promise<void> {
    const session = this.sessions.get(document.name);
    const name = parseDocumentName(document.name);
    if (!session || !name) return;

    clearTimeout(session.timer);
    this.sessions.delete(document.name);

    try {
      await this.journal.whenDurable(name.id);
      if (document.isDestroyed) return;

      const id = await insertDocumentVersion(this.db, {
        documentId: name.id,
        kind: "auto",
        name: null,
        state: Y.encodeStateAsUpdate(document),
        throughSeq: this.persistence.throughSeq(name.id),
        createdBy: session.lastEditorId,
      });
      this.log.info({ documentId: name.id, versionId: id }, "automatic version taken");
    } catch (error) {
      this.log.error({ err: error, documentId: name.id }, "automatic version failed");
    }
  }
}
