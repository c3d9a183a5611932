import { setTimeout as sleep } from "node:timers/promises";
import type { Database } from "@xietong/db";
import { insertDocumentUpdates } from "@xietong/db";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import * as Y from "yjs";

/** How the journal batches and retries; every field has a default. */
export interface UpdateJournalOptions {
  db: Kysely<Database>;
  logger: Logger;
  /**
   * How long the first update of a batch waits for company (ms). A few ms turns a
   * burst of keystrokes from many clients into one insert without a visible delay.
   */
  batchDelayMs?: number;
  /** The most rows one insert carries; the rest go in the next one right after. */
  maxBatchRows?: number;
  /** Backoff between failed attempts: doubles from the first value up to the second. */
  retryDelayMs?: { first: number; max: number };
  /** Called when a batch holding these documents failed and will be retried. */
  onSaveFailed?: (documentIds: string[]) => void;
  /** Called after a batch is committed, with the highest seq written per document. */
  onCommitted?: (highestSeqs: Map<string, string>) => void;
}

interface Entry {
  documentId: string;
  update: Uint8Array;
  resolve: () => void;
}

/**
 * The write side of the update journal: every accepted update is queued here and
 * appended to `document_updates` in batches, one insert in flight at a time so the
 * journal's order matches the order updates were accepted. Within a batch, up to 100
 * consecutive updates of a document share one row (merged into one V1 update). A failed insert keeps its
 * batch at the head of the queue and is retried with bounded backoff until it
 * succeeds; nothing accepted is dropped while the process lives.
 */
export class UpdateJournal {
  private readonly db: Kysely<Database>;
  private readonly log: Logger;
  private readonly batchDelayMs: number;
  private readonly maxBatchRows: number;
  private readonly retryDelayMs: { first: number; max: number };
  private readonly onSaveFailed: (documentIds: string[]) => void;
  private readonly onCommitted: (highestSeqs: Map<string, string>) => void;

  private queue: Entry[] = [];
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private failing = false;
  private closed = false;
  private closeAttempts = Number.POSITIVE_INFINITY;
  /** The promise of the newest queued update per document; resolving it means all are durable. */
  private readonly newest = new Map<string, Promise<void>>();

  constructor(options: UpdateJournalOptions) {
    this.db = options.db;
    this.log = options.logger;
    this.batchDelayMs = options.batchDelayMs ?? 5;
    this.maxBatchRows = options.maxBatchRows ?? 5_000;
    this.retryDelayMs = options.retryDelayMs ?? { first: 100, max: 10_000 };
    this.onSaveFailed = options.onSaveFailed ?? (() => {});
    this.onCommitted = options.onCommitted ?? (() => {});
  }

  /** Queues an update; the promise resolves once it is committed to the journal. */
  append(documentId: string, update: Uint8Array): Promise<void> {
    if (this.closed) {
      return Promise.reject(
        new Error(`Journal closed; update of "${documentId}" refused`),
      );
    }

    let resolve!: () => void;
    const durable = new Promise<void>((done) => {
      resolve = done;
    });
    this.queue.push({ documentId, update, resolve });
    this.newest.set(documentId, durable);
    durable.then(() => {
      if (this.newest.get(documentId) === durable) this.newest.delete(documentId);
    });

    this.schedule();
    return durable;
  }

  /** Resolves when every update queued so far for the document is durable. */
  whenDurable(documentId: string): Promise<void> {
    return this.newest.get(documentId) ?? Promise.resolve();
  }

  /** Whether the document has updates that are not durable yet. */
  hasPending(documentId: string): boolean {
    return this.newest.has(documentId);
  }

  /** Whether the last attempt to write failed (and is being retried). */
  get isFailing(): boolean {
    return this.failing;
  }

  /**
   * Writes everything queued, then refuses new updates. Retries at most `attempts`
   * times so shutdown cannot hang on a database that is gone; what is still queued
   * then is logged as lost.
   */
  async close(attempts = 5): Promise<void> {
    this.closed = true;
    this.closeAttempts = attempts;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // A drain already retrying stops after `attempts` more failures once closed.
    await this.draining;
    this.draining = this.drain();
    await this.draining;

    if (this.queue.length > 0) {
      this.log.error(
        { lostUpdates: this.queue.length },
        "journal closed with updates not stored",
      );
    }
  }

  private schedule(): void {
    if (this.timer || this.draining) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.draining = this.drain().finally(() => {
        this.draining = null;
        if (this.queue.length > 0 && !this.closed) this.schedule();
      });
    }, this.batchDelayMs);
  }

  private async drain(): Promise<void> {
    let failures = 0;

    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatchRows);
      try {
        const highest = await this.insert(batch);
        failures = 0;
        if (this.failing) {
          this.failing = false;
          this.log.info("journal writes recovered");
        }
        for (const entry of batch) entry.resolve();
        this.onCommitted(highest);
      } catch (error) {
        // Back to the head of the queue: order is kept and nothing is dropped.
        this.queue.unshift(...batch);
        failures += 1;
        this.failing = true;
        this.log.error(
          { err: error, rows: batch.length, failures },
          "journal write failed; retrying",
        );
        this.onSaveFailed([...new Set(batch.map((entry) => entry.documentId))]);
        // While open, retry for as long as it takes: the updates exist nowhere else.
        if (this.closed && failures >= this.closeAttempts) return;

        const delay = Math.min(
          this.retryDelayMs.first * 2 ** (failures - 1),
          this.retryDelayMs.max,
        );
        await sleep(delay);
      }
    }
  }

  /**
   * Inserts a batch. A document deleted for good while open would fail the whole
   * batch forever (its rows violate the foreign key), so on that error the batch is
   * split by document and the rows of documents that no longer exist are dropped.
   * If another error follows, groups already written are written again on retry:
   * a Yjs update applied twice changes nothing, so that costs only space.
   */
  private async insert(batch: Entry[]): Promise<Map<string, string>> {
    const byDocument = Map.groupBy(batch, (entry) => entry.documentId);
    try {
      return await insertDocumentUpdates(this.db, [...byDocument].flatMap(toRows));
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
    }

    const highest = new Map<string, string>();
    for (const [documentId, entries] of byDocument) {
      try {
        const written = await insertDocumentUpdates(
          this.db,
          toRows([documentId, entries]),
        );
        for (const [id, seq] of written) highest.set(id, seq);
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
        this.log.warn(
          { documentId, rows: entries.length },
          "updates of a deleted document dropped",
        );
      }
    }
    return highest;
  }
}

// Y.mergeUpdates is superlinear over many updates, but over this many consecutive
// ones it costs about 2.5 µs an update here and shrinks them to about 0.6× (one
// client's consecutive keystrokes fuse into one struct). One row per chunk also spreads
// a row's and its index entries' ~150 bytes over many 25-byte keystrokes.
const updatesPerRow = 100;

/** The journal rows of one document's updates in a batch: merged in small chunks. */
function toRows([documentId, entries]: [string, Entry[]]): {
  documentId: string;
  update: Uint8Array;
}[] {
  const rows: { documentId: string; update: Uint8Array }[] = [];
  for (let start = 0; start < entries.length; start += updatesPerRow) {
    const updates = entries
      .slice(start, start + updatesPerRow)
      .map((entry) => entry.update);
    rows.push(...mergeChunk(updates).map((update) => ({ documentId, update })));
  }
  return rows;
}

function mergeChunk(updates: Uint8Array[]): Uint8Array[] {
  if (updates.length === 1) return updates;
  try {
    return [Y.mergeUpdates(updates)];
  } catch {
    // These came out of a live document and cannot be malformed; if merging fails
    // anyway, store them one by one rather than lose them.
    return updates;
  }
}

// PostgreSQL's SQLSTATE for foreign_key_violation.
function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "23503";
}
