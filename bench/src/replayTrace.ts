import { setImmediate as yieldToIo } from "node:timers/promises";
import * as Y from "yjs";
import type { BenchServer } from "./benchServer.ts";
import { connectClient } from "./connectClient.ts";
import { applyTxn, type EditingTrace, replayedText, traceText } from "./trace.ts";

/** What one replay of a trace through a server measured. */
export interface ReplayResult {
  server: string;
  edits: number;
  /** From the first edit until a second client holds the whole result. */
  wallMs: number;
  /** CPU the server process spent meanwhile. */
  serverCpuMs: number;
  /** Bytes of Yjs updates the writer sent (V1), the baseline of storage cost. */
  updateBytes: number;
  updates: number;
  /** Whether the second client's text equals the trace's end content. */
  matches: boolean;
  documentName: string;
  /** The text the replay produced. */
  text: string;
}

/**
 * Replays a trace from one Node provider into a new document on `server`, one Yjs
 * transaction per trace transaction, while a second provider watches; stops the
 * clock when the second provider's state covers everything the writer made.
 */
export async function replayTrace(
  server: BenchServer,
  trace: EditingTrace,
  options: { edits?: number } = {},
): Promise<ReplayResult> {
  const txns = trace.txns.slice(0, options.edits ?? trace.txns.length);
  const { documentName } = await server.newDocument(`replay ${trace.name}`);
  const writer = connectClient({
    wsUrl: server.wsUrl,
    documentName,
    token: await server.token(),
  });
  const reader = connectClient({
    wsUrl: server.wsUrl,
    documentName,
    token: await server.token(),
  });
  await Promise.all([writer.synced, reader.synced]);

  let updateBytes = 0;
  let updates = 0;
  writer.doc.on("update", (update: Uint8Array) => {
    updateBytes += update.byteLength;
    updates += 1;
  });

  const cpuBefore = server.cpuMs();
  const started = performance.now();
  const typed = traceText(writer.doc);
  for (let index = 0; index < txns.length; index += 1) {
    applyTxn(typed, txns[index]?.patches ?? []);
    // Let the socket drain now and then, as a typing user's event loop would.
    if (index % 200 === 199) await yieldToIo();
  }

  const target = Y.encodeStateVector(writer.doc);
  await writer.flushed();
  await until(() => equalBytes(Y.encodeStateVector(reader.doc), target));
  const wallMs = performance.now() - started;
  const serverCpuMs = server.cpuMs() - cpuBefore;

  const expected =
    txns.length === trace.txns.length ? trace.endContent : replayedText(writer.doc);
  const text = replayedText(reader.doc);
  const matches = text === expected;
  writer.close();
  reader.close();

  return {
    server: server.label,
    edits: txns.length,
    wallMs,
    serverCpuMs,
    updateBytes,
    updates,
    matches,
    documentName,
    text,
  };
}

async function until(condition: () => boolean, timeoutMs = 10 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("Replay did not converge in time");
    await new Promise((done) => setTimeout(done, 10));
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((value, index) => value === b[index]);
}
