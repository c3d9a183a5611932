import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import * as Y from "yjs";

/** One edit of a trace: delete `deleteCount` characters at `position`, then insert `text` there. */
export type Patch = [position: number, deleteCount: number, text: string];

/** A keystroke-level editing trace (josephg/editing-traces format). */
export interface EditingTrace {
  name: string;
  endContent: string;
  txns: Array<{ patches: Patch[] }>;
}

/** The shared data folder beside the repository. */
export const tracesDir = resolve(
  import.meta.dirname,
  "../../../shared/data/editing-traces",
);

/** Reads and unzips a trace by name, e.g. `automerge-paper`. */
export function loadTrace(name: string): EditingTrace {
  const raw = gunzipSync(readFileSync(resolve(tracesDir, `${name}.json.gz`)));
  const parsed = JSON.parse(raw.toString("utf8")) as Omit<EditingTrace, "name">;
  return { name, endContent: parsed.endContent, txns: parsed.txns };
}

/**
 * The Yjs text a replay edits: one paragraph in the body fragment, the shape our
 * editor stores, so both servers carry a document our schema accepts.
 */
export function traceText(doc: Y.Doc): Y.XmlText {
  const body = doc.getXmlFragment("body");
  const first = body.get(0);
  if (first instanceof Y.XmlElement) {
    const text = first.get(0);
    if (text instanceof Y.XmlText) return text;
  }
  const paragraph = new Y.XmlElement("paragraph");
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  doc.transact(() => body.insert(0, [paragraph]));
  return text;
}

/** Applies one trace transaction to `text` as one Yjs transaction. */
export function applyTxn(text: Y.XmlText, patches: readonly Patch[]): void {
  text.doc?.transact(() => {
    for (const [position, deleteCount, insert] of patches) {
      if (deleteCount > 0) text.delete(position, deleteCount);
      if (insert.length > 0) text.insert(position, insert);
    }
  });
}

/** The plain text a replayed document holds. */
export function replayedText(doc: Y.Doc): string {
  const first = doc.getXmlFragment("body").get(0);
  const text = first instanceof Y.XmlElement ? first.get(0) : undefined;
  return text instanceof Y.XmlText ? text.toString() : "";
}
