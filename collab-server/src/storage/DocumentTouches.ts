import type { Database } from "@xietong/db";
import { touchDocuments } from "@xietong/db";
import type { Kysely } from "kysely";
import type { Logger } from "pino";

/** How often a document's `updatedAt` may be written, and where. */
export interface DocumentTouchesOptions {
  db: Kysely<Database>;
  logger: Logger;
  /** At most one write per document this often (ms); later edits wait for the next. */
  intervalMs?: number;
}

/**
 * Keeps `documents.updated_at` following the edits the journal stores, without an
 * UPDATE per keystroke batch: the first stored edit of a document is written at once,
 * later ones within the interval are held and the newest of them is written when the
 * interval is over, so the final time of a burst is never lost. Documents stored at
 * the same moment share one statement. The time is only a list's sort key, so a
 * failed write is logged and retried at the next round, never blocking edits.
 */
export class DocumentTouches {
  private readonly db: Kysely<Database>;
  private readonly log: Logger;
  private readonly intervalMs: number;

  /** The newest stored edit per document that is not written yet. */
  private readonly pending = new Map<string, Date>();
  /** When each document was last written (ms since the epoch). */
  private readonly lastWritten = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(options: DocumentTouchesOptions) {
    this.db = options.db;
    this.log = options.logger;
    this.intervalMs = options.intervalMs ?? 5_000;
  }

  /** Records that edits of these documents were stored just now. */
  note(documentIds: Iterable<string>, at: Date = new Date()): void {
    for (const id of documentIds) this.pending.set(id, at);
    this.writeDue();
  }

  /** Resolves when every write started so far has finished. */
  whenIdle(): Promise<void> {
    return this.writing;
  }

  /** Writes everything still held, e.g. at shutdown, and stops the timer. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.write([...this.pending.keys()]);
    await this.writing;
  }

  /** Drops what is known of a document that left this process. */
  forget(documentId: string): void {
    if (!this.pending.has(documentId)) this.lastWritten.delete(documentId);
  }

  private writeDue(): void {
    const now = Date.now();
    const due: string[] = [];
    let nextDueAt = Number.POSITIVE_INFINITY;
    for (const id of this.pending.keys()) {
      const dueAt = (this.lastWritten.get(id) ?? 0) + this.intervalMs;
      if (dueAt <= now) due.push(id);
      else nextDueAt = Math.min(nextDueAt, dueAt);
    }

    this.write(due);
    if (nextDueAt === Number.POSITIVE_INFINITY || this.timer || this.closed) return;

    this.timer = setTimeout(() => {
      this.timer = null;
      this.writeDue();
    }, nextDueAt - now);
    this.timer.unref();
  }

  private write(documentIds: string[]): void {
    if (documentIds.length === 0) return;

    const now = Date.now();
    const byTime = new Map<number, { at: Date; ids: string[] }>();
    for (const id of documentIds) {
      const at = this.pending.get(id);
      if (!at) continue;
      this.pending.delete(id);
      this.lastWritten.set(id, now);
      const group = byTime.get(at.getTime()) ?? { at, ids: [] };
      group.ids.push(id);
      byTime.set(at.getTime(), group);
    }

    for (const { at, ids } of byTime.values()) {
      this.writing = this.writing.then(() => this.touch(ids, at));
    }
  }

  private async touch(documentIds: string[], at: Date): Promise<void> {
    try {
      await touchDocuments(this.db, documentIds, at);
    } catch (error) {
      this.log.warn(
        { err: error, documents: documentIds.length },
        "document times not updated; retrying later",
      );
      for (const id of documentIds) {
        const newer = this.pending.get(id);
        if (!newer || newer < at) this.pending.set(id, at);
      }
      this.writeDue();
    }
  }
}
