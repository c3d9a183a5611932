import type * as Y from "yjs";
import type { CollabClient } from "./connectClient.ts";
import type { EditingTrace } from "./editingTraces.ts";

/** The Y.Text a replay writes into. */
export const traceTextName = "trace";

/** What a replay measured. */
export interface ReplayResult {
  txns: number;
  /** From the first transaction until the last one is acknowledged (ms). */
  ackedMs: number;
  /** From the first transaction until the client shows 已保存 (ms). */
  savedMs: number;
}

/**
 * Replays the first `txnCount` transactions of a trace through a connected client,
 * one Yjs transaction per trace transaction (as an editor produces them), then waits
 * until the server has acknowledged all of them and confirmed they are durable.
 */
export async function replayTrace(
  client: CollabClient,
  trace: EditingTrace,
  options: { txnCount?: number; savedTimeoutMs?: number } = {},
): Promise<ReplayResult> {
  const txns = trace.txns.slice(0, options.txnCount ?? trace.txns.length);
  const text = client.doc.getText(traceTextName);
  const started = performance.now();

  for (const txn of txns) {
    client.doc.transact(() => {
      for (const [position, deleteCount, inserted] of txn.patches) {
        if (deleteCount > 0) text.delete(position, deleteCount);
        if (inserted) text.insert(position, inserted);
      }
    });
  }

  const timeoutMs = options.savedTimeoutMs ?? 600_000;
  await waitUntil(() => !client.provider.hasUnsyncedChanges, timeoutMs);
  const ackedMs = performance.now() - started;
  await client.saved(timeoutMs);

  return { txns: txns.length, ackedMs, savedMs: performance.now() - started };
}

/** The replayed text of a document. */
export function traceText(doc: Y.Doc): string {
  return doc.getText(traceTextName).toString();
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
