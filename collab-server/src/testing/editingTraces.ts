import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";

/** One patch of a trace: delete `deleteCount` characters at `position`, then insert `text`. */
export type TracePatch = [position: number, deleteCount: number, text: string];

/** A real editing history (see `../shared/data/editing-traces/README.md`). */
export interface EditingTrace {
  startContent: string;
  endContent: string;
  txns: { time?: string | number; patches: TracePatch[] }[];
}

/** The three traces in the shared data folder. */
export const traceNames = ["automerge-paper", "seph-blog1", "sveltecomponent"] as const;

export type TraceName = (typeof traceNames)[number];

/** Where the traces live: `EDITING_TRACES_DIR`, or `../shared/data/editing-traces` beside the repo. */
export function editingTracesDir(): string {
  return (
    process.env.EDITING_TRACES_DIR ??
    resolve(import.meta.dirname, "../../../../shared/data/editing-traces")
  );
}

/** Reads and parses one gzip-compressed trace. */
export async function loadEditingTrace(name: TraceName): Promise<EditingTrace> {
  const file = resolve(editingTracesDir(), `${name}.json.gz`);
  const json = gunzipSync(await readFile(file)).toString("utf8");
  return JSON.parse(json) as EditingTrace;
}

/**
 * The text after the first `txnCount` transactions, computed with plain strings
 * (the trace's own semantics), to check a replay against.
 */
export function traceTextAfter(trace: EditingTrace, txnCount: number): string {
  // An array of chunks would be faster, but the prefixes we check are small enough
  // that string splicing stays well under a second.
  let text = trace.startContent;
  for (const txn of trace.txns.slice(0, txnCount)) {
    for (const [position, deleteCount, inserted] of txn.patches) {
      text = text.slice(0, position) + inserted + text.slice(position + deleteCount);
    }
  }
  return text;
}
