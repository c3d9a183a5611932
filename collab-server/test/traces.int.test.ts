import { formatDocumentName } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState } from "../src/index.ts";
import {
  connectClient,
  loadEditingTrace,
  replayTrace,
  type TraceName,
  traceNames,
  traceText,
  traceTextAfter,
  traceTextName,
} from "../src/testing/index.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";

const test = setupCollabTest();

// The fast suite replays a prefix of each trace; the whole traces (automerge-paper
// alone is 259,778 edits) run with `npm run test:traces`.
const prefixTxns = 20_000;
const fullTraces = process.env.XIETONG_FULL_TRACES === "1";

async function replayAndCheck(name: TraceName, txnCount: number | undefined) {
  const trace = await loadEditingTrace(name);
  const count = txnCount ?? trace.txns.length;
  const expected = traceTextAfter(trace, count);
  if (count === trace.txns.length) expect(expected).toBe(trace.endContent);

  const owner = await test.member();
  const document = await test.document(owner.member.id);
  const writer = await test.connect(owner, document.id);
  await writer.synced();

  await replayTrace(writer, trace, { txnCount: count });
  expect(traceText(writer.doc)).toBe(expected);

  const reader = await test.connect(owner, document.id);
  await reader.synced();
  expect(traceText(reader.doc)).toBe(expected);

  const stored = new Y.Doc();
  await loadDocumentState(test.database.db, {
    documentId: document.id,
    doc: stored,
    origin: null,
  });
  expect(stored.getText(traceTextName).toString()).toBe(expected);

  return document.id;
}

describe("editing traces through the collab server", () => {
  it.each(traceNames)(
    "replays the first 20,000 transactions of %s; a second client and PostgreSQL agree",
    async (name) => {
      await replayAndCheck(name, prefixTxns);
    },
    300_000,
  );

  it.runIf(fullTraces).each(traceNames)(
    "replays all of %s; a second client and PostgreSQL hold its endContent",
    async (name) => {
      await replayAndCheck(name, undefined);
    },
    1_800_000,
  );

  it("keeps a replayed document across a server restart", async () => {
    const trace = await loadEditingTrace("sveltecomponent");
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const writer = await test.connect(owner, document.id);
    await writer.synced();
    await replayTrace(writer, trace, { txnCount: 2_000 });
    writer.destroy();

    await test.running.close();
    const { startCollab } = await import("./helpers/startCollab.ts");
    test.running = await startCollab(test.database);

    const reader = connectClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName: formatDocumentName({ kind: "document", id: document.id }),
      token: await owner.collabToken(),
    });
    try {
      await reader.synced();
      expect(traceText(reader.doc)).toBe(traceTextAfter(trace, 2_000));
    } finally {
      reader.destroy();
    }
  });
});
