import { findDocumentSnapshot, listDocumentUpdates, openDatabase } from "@xietong/db";
import * as Y from "yjs";
import type { BenchServer } from "./benchServer.ts";
import { openClient } from "./openClient.ts";
import { replayedText } from "./trace.ts";

/** Cold-load times of one document, each the median of several runs. */
export interface ColdLoadResult {
  /** Reading snapshot and journal from PostgreSQL and applying them, in this process. */
  fromPostgresMs: number;
  /** The reference: `Y.applyUpdate` of the document's whole state, in this process. */
  applyUpdateMs: number;
  /** A fresh client's connect-to-synced time right after the server restarted. */
  throughServerMs: number;
  stateBytes: number;
  journalRows: number;
  snapshot: boolean;
  matches: boolean;
}

/**
 * Measures loading a stored document cold: straight from PostgreSQL with our storage
 * queries (snapshot, then the journal rows after it, applied in one transaction, as
 * the collab server loads), against `Y.applyUpdate` of the same state; and through
 * the restarted server, as a user opening it would see it.
 */
export async function measureColdLoad(
  server: BenchServer & { databaseUrl: string },
  options: { documentName: string; expectedText: string; runs?: number },
): Promise<ColdLoadResult> {
  const runs = options.runs ?? 5;
  const documentId = options.documentName.replace(/^document\./, "");
  const database = await openDatabase({ url: server.databaseUrl, poolSize: 1 });

  const fromPostgres: number[] = [];
  let loaded = new Y.Doc();
  let journalRows = 0;
  let snapshot = false;
  try {
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const doc = new Y.Doc();
      const stored = await findDocumentSnapshot(database.db, documentId);
      const rows = await listDocumentUpdates(database.db, {
        documentId,
        afterSeq: stored?.throughSeq ?? "0",
      });
      Y.transact(doc, () => {
        if (stored) Y.applyUpdate(doc, stored.state);
        for (const row of rows) Y.applyUpdate(doc, row.update);
      });
      fromPostgres.push(performance.now() - started);
      loaded = doc;
      journalRows = rows.length;
      snapshot = stored !== undefined;
    }
  } finally {
    await database.close();
  }

  const state = Y.encodeStateAsUpdate(loaded);
  const applyTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    Y.applyUpdate(new Y.Doc(), state);
    applyTimes.push(performance.now() - started);
  }

  const throughServer: number[] = [];
  for (let run = 0; run < Math.min(runs, 3); run += 1) {
    await server.restart();
    const started = performance.now();
    const client = await openClient(server, options.documentName);
    throughServer.push(performance.now() - started);
    client.destroy();
  }

  return {
    fromPostgresMs: median(fromPostgres),
    applyUpdateMs: median(applyTimes),
    throughServerMs: median(throughServer),
    stateBytes: state.byteLength,
    journalRows,
    snapshot,
    matches: replayedText(loaded) === options.expectedText,
  };
}

/** The middle value of a list of timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
