import { setImmediate as yieldToIo } from "node:timers/promises";
import { type EditingTrace, traceTextAfter } from "@xietong/collab-server/testing";
import * as Y from "yjs";
import type { BenchServer } from "./benchServer.ts";
import { acknowledged, openClient } from "./openClient.ts";
import { applyTxn, replayedText, traceText } from "./trace.ts";

/** What one replay of a trace through a server measured. */
export interface ReplayResult {
  server: string;
  edits: number;
  /** From the first edit until a second client holds the whole result. */
  wallMs: number;
  /** From the first edit until the writer may show 已保存; only for a server that confirms saves. */
  savedMs: number | undefined;
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
  options: { name: string; edits?: number },
): Promise<ReplayResult> {
  const txns = trace.txns.slice(0, options.edits ?? trace.txns.length);
  const { documentName } = await server.newDocument(`replay ${options.name}`);
  const writer = await openClient(server, documentName);
  const reader = await openClient(server, documentName);

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

  // Only our server confirms durability; the reference never says `saved`.
  const saved = server.confirmsSaves
    ? writer.saved(10 * 60_000).then(() => performance.now() - started)
    : Promise.resolve(undefined);
  const target = Y.encodeStateVector(writer.doc);
  await acknowledged(writer);
  await until(() => equalBytes(Y.encodeStateVector(reader.doc), target));
  const wallMs = performance.now() - started;
  const serverCpuMs = server.cpuMs() - cpuBefore;
  const savedMs = await saved;

  const text = replayedText(reader.doc);
  const matches = text === traceTextAfter(trace, txns.length);
  writer.destroy();
  reader.destroy();

  return {
    server: server.label,
    edits: txns.length,
    wallMs,
    savedMs,
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
