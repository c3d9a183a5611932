import type { Extension, Hocuspocus } from "@hocuspocus/server";
import type { Database } from "@xietong/db";
import { listDocumentUpdates } from "@xietong/db";
import { formatDocumentName } from "@xietong/shared";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import * as Y from "yjs";
import type { JournalAppended, JournalEvents } from "../storage/journalEvents.ts";
import { journalOrigin } from "../transactionOrigins.ts";
import type { Persistence } from "./persistence.ts";

export interface JournalFollowerOptions {
  db: Kysely<Database>;
  events: JournalEvents;
  persistence: Persistence;
  logger: Logger;
}

/**
 * Applies journal rows that another process appended (a version restored by an API
 * process, an import) to a document open here, so its clients see them without a
 * reload. The rows are already stored: they are applied with the `journal` origin,
 * which no extension stores again.
 *
 * Rows are read from the seq the document was loaded through, not from the newest
 * seq seen: seqs are taken at insert and committed in any order, so a row appended
 * elsewhere can carry a lower seq than rows this process committed before it.
 * Rows this process wrote come back too; applying an update twice changes nothing.
 */
export class JournalFollower implements Extension {
  extensionName = "journalFollower";

  private readonly db: Kysely<Database>;
  private readonly events: JournalEvents;
  private readonly persistence: Persistence;
  private readonly log: Logger;
  private instance: Hocuspocus | null = null;
  private unsubscribe: (() => void) | null = null;
  /** One catch-up at a time per document, in the order events arrived. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(options: JournalFollowerOptions) {
    this.db = options.db;
    this.events = options.events;
    this.persistence = options.persistence;
    this.log = options.logger;
  }

  async onConfigure({ instance }: { instance: Hocuspocus }): Promise<void> {
    this.instance = instance;
    this.unsubscribe = this.events.subscribe((event) => this.follow(event));
  }

  async onDestroy(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    await Promise.all(this.running.values());
  }

  /** Resolves when the catch-ups started so far for the document are done. */
  whenCaughtUp(documentId: string): Promise<void> {
    return this.running.get(documentId) ?? Promise.resolve();
  }

  private follow(event: JournalAppended): void {
    const previous = this.running.get(event.documentId) ?? Promise.resolve();
    const run = previous
      .then(() => this.catchUp(event))
      .catch((error: unknown) => {
        // Stored all the same: the next load of the document shows the rows.
        this.log.error(
          { err: error, documentId: event.documentId },
          "journal rows from outside not applied",
        );
      })
      .finally(() => {
        if (this.running.get(event.documentId) === run) {
          this.running.delete(event.documentId);
        }
      });
    this.running.set(event.documentId, run);
  }

  private async catchUp({ documentId, throughSeq }: JournalAppended): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    const name = formatDocumentName({ kind: "document", id: documentId });

    // A load that began before the rows were committed may not have read them.
    await instance.loadingDocuments.get(name)?.catch(() => undefined);
    const document = instance.documents.get(name);
    const loadedSeq = this.persistence.loadedSeq(documentId);
    // Not open here: its next load reads the rows.
    if (!document || document.isDestroyed || loadedSeq === null) return;
    if (BigInt(throughSeq) <= BigInt(loadedSeq)) return;

    const rows = await listDocumentUpdates(this.db, {
      documentId,
      afterSeq: loadedSeq,
      throughSeq,
    });
    if (document.isDestroyed || rows.length === 0) return;

    Y.transact(
      document,
      () => {
        for (const row of rows) Y.applyUpdate(document, row.update);
      },
      journalOrigin,
    );
    this.log.info({ documentId, rows: rows.length, throughSeq }, "journal rows applied");
  }
}
