import type { Document, Extension } from "@hocuspocus/server";
import type { Database } from "@xietong/db";
import { parseDocumentName } from "@xietong/shared";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { CollabRefusal, closeEvents } from "../closeEvents.ts";
import { compactDocument } from "../storage/compactDocument.ts";
import { loadDocumentState } from "../storage/loadDocumentState.ts";
import type { UpdateJournal } from "../storage/UpdateJournal.ts";
import { classifyOrigin, loadOrigin } from "../transactionOrigins.ts";
import type { SavedAcks } from "./savedAcks.ts";

export interface PersistenceOptions {
  db: Kysely<Database>;
  journal: UpdateJournal;
  savedAcks: SavedAcks;
  logger: Logger;
  /** Compact a loaded document once this many journal rows follow its snapshot. */
  compactAfterRows?: number;
}

/**
 * Journal-first persistence. Load = snapshot + later journal rows; every accepted
 * change is appended to the journal (batched by `UpdateJournal`); a document is
 * compacted into its snapshot when its journal grows long and when it unloads.
 * Hocuspocus's whole-state `onStoreDocument` is not used at all.
 *
 * A load that fails throws, so Hocuspocus refuses the connection and forgets the
 * half-made document; the next connection loads again instead of finding it empty.
 * A document whose updates are not durable yet is not unloaded: `beforeUnloadDocument`
 * waits for the journal, which retries a failing database until it succeeds.
 */
export class Persistence implements Extension {
  extensionName = "persistence";

  private readonly db: Kysely<Database>;
  private readonly journal: UpdateJournal;
  private readonly savedAcks: SavedAcks;
  private readonly log: Logger;
  private readonly compactAfterRows: number;
  /** Journal rows after the snapshot, per loaded document id, as far as we know. */
  private readonly journalRows = new Map<string, number>();
  private readonly compacting = new Map<string, Promise<void>>();
  /** The highest journal seq known durable, per loaded document id. */
  private readonly throughSeqs = new Map<string, string>();
  /** The journal seq each loaded document was loaded through. */
  private readonly loadedSeqs = new Map<string, string>();

  constructor(options: PersistenceOptions) {
    this.db = options.db;
    this.journal = options.journal;
    this.savedAcks = options.savedAcks;
    this.log = options.logger;
    // Each compaction decodes the snapshot and applies the rows on the event loop
    // (about 100 ms per 10,000 rows of a long document here); 20,000 keeps that rare
    // while a crash leaves at most that many rows to apply at the next load.
    this.compactAfterRows = options.compactAfterRows ?? 20_000;
  }

  async onLoadDocument({
    documentName,
    document,
  }: {
    documentName: string;
    document: Document;
  }): Promise<void> {
    const name = parseDocumentName(documentName);
    if (!name) throw new CollabRefusal(closeEvents.forbidden);

    // A compaction of this document may still be running from its last unload.
    await this.compacting.get(name.id);

    const started = performance.now();
    try {
      const loaded = await loadDocumentState(this.db, {
        documentId: name.id,
        doc: document,
        origin: loadOrigin,
      });
      this.journalRows.set(name.id, loaded.journalRows);
      this.throughSeqs.set(name.id, loaded.throughSeq);
      this.loadedSeqs.set(name.id, loaded.throughSeq);
      this.log.info(
        {
          documentId: name.id,
          journalRows: loaded.journalRows,
          ms: Math.round(performance.now() - started),
        },
        "document loaded",
      );
    } catch (error) {
      this.log.error({ err: error, documentId: name.id }, "document load failed");
      throw new CollabRefusal(closeEvents.loadFailed);
    }
  }

  async afterLoadDocument({ document }: { document: Document }): Promise<void> {
    const name = parseDocumentName(document.name);
    if (!name) return;
    const documentId = name.id;

    document.on("update", (update: Uint8Array, origin: unknown) => {
      const change = classifyOrigin(origin);
      switch (change.kind) {
        case "client":
          this.savedAcks.track(change.connection, this.append(documentId, update));
          break;
        case "restore":
        case "server":
          this.append(documentId, update).catch((error: unknown) => {
            this.log.error({ err: error, documentId }, "server change not stored");
          });
          break;
        case "load":
        case "journal":
        case "peer":
          // Already stored: read from our journal, or journaled by whoever took it.
          return;
        default:
          change satisfies never;
          return;
      }
      this.countRow(documentId);
    });
  }

  async beforeUnloadDocument({ document }: { document: Document }): Promise<void> {
    const name = parseDocumentName(document.name);
    if (!name) return;

    // Keeps the document in memory until all its updates are durable; the journal
    // retries a failing database meanwhile, and Hocuspocus re-checks for new
    // connections after this resolves.
    await this.journal.whenDurable(name.id);
  }

  async afterUnloadDocument({ documentName }: { documentName: string }): Promise<void> {
    const name = parseDocumentName(documentName);
    if (!name) return;

    const rows = this.journalRows.get(name.id) ?? 0;
    this.journalRows.delete(name.id);
    this.throughSeqs.delete(name.id);
    this.loadedSeqs.delete(name.id);
    if (rows > 0) this.compact(name.id);
  }

  /** Records what the journal committed; call it from `UpdateJournal`'s `onCommitted`. */
  noteCommitted(highestSeqs: Map<string, string>): void {
    for (const [documentId, seq] of highestSeqs) {
      if (this.throughSeqs.has(documentId)) this.throughSeqs.set(documentId, seq);
    }
  }

  /** The highest durable journal seq of a loaded document ("0" when unknown). */
  throughSeq(documentId: string): string {
    return this.throughSeqs.get(documentId) ?? "0";
  }

  /** The journal seq a loaded document was loaded through; null when not loaded. */
  loadedSeq(documentId: string): string | null {
    return this.loadedSeqs.get(documentId) ?? null;
  }

  /** Waits for running compactions, e.g. before the database closes. */
  async settle(): Promise<void> {
    await Promise.all(this.compacting.values());
  }

  private append(documentId: string, update: Uint8Array): Promise<void> {
    return this.journal.append(documentId, update);
  }

  private countRow(documentId: string): void {
    const rows = (this.journalRows.get(documentId) ?? 0) + 1;
    this.journalRows.set(documentId, rows);
    if (rows < this.compactAfterRows || this.compacting.has(documentId)) return;

    this.journalRows.set(documentId, 0);
    // Compact what is durable by then; rows still queued stay for the next round.
    void this.journal.whenDurable(documentId).then(() => this.compact(documentId));
  }

  private compact(documentId: string): void {
    if (this.compacting.has(documentId)) return;

    const started = performance.now();
    const run = compactDocument(this.db, documentId)
      .then((result) => {
        this.log.info(
          {
            documentId,
            foldedRows: result.foldedRows,
            ms: Math.round(performance.now() - started),
          },
          "document compacted",
        );
      })
      .catch((error: unknown) => {
        // The journal still holds everything; the next compaction folds it.
        this.log.error({ err: error, documentId }, "document compaction failed");
      })
      .finally(() => this.compacting.delete(documentId));
    this.compacting.set(documentId, run);
  }
}
