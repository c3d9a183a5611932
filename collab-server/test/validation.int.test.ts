import { formatDocumentName } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState } from "../src/index.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";
import { openRawClient, type RawClient } from "./helpers/rawClient.ts";

const test = setupCollabTest();

/** A V1 update inserting `text` at the start of Y.Text "t", from a fresh client. */
function insertUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

async function storedText(documentId: string): Promise<string> {
  const doc = new Y.Doc();
  await loadDocumentState(test.database.db, { documentId, doc, origin: null });
  return doc.getText("t").toString();
}

describe("bad input from a client", () => {
  it.each([
    [
      "a frame of garbage bytes",
      (raw: RawClient) => {
        raw.sendBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x42]));
      },
    ],
    [
      "a frame of an unknown message type",
      (raw: RawClient, name: string) => {
        raw.sendBytes(new Uint8Array([...frameName(name), 99]));
      },
    ],
    [
      "an unknown sync message type",
      (raw: RawClient, name: string) => {
        // Sync message (0) with sub-type 9, which y-protocols does not define.
        raw.sendBytes(new Uint8Array([...frameName(name), 0, 9, 0]));
      },
    ],
    [
      "a garbage update",
      (raw: RawClient) => {
        raw.sendUpdate(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x42]));
      },
    ],
    [
      "a truncated update",
      (raw: RawClient) => {
        raw.sendUpdate(insertUpdate("截断").slice(0, 9));
      },
    ],
    // Yjs integrates the structs, then throws reading the missing delete set: applied
    // straight to the live document this would leave "半应用" in it.
    [
      "an update that throws after changing the document",
      (raw: RawClient) => {
        raw.sendUpdate(insertUpdate("半应用").slice(0, -1));
      },
    ],
  ])("closes only the connection that sent %s", async (_label, send) => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const documentName = formatDocumentName({ kind: "document", id: document.id });

    const good = await test.connect(owner, document.id);
    await good.synced();
    good.doc.getText("t").insert(0, "正文");
    await good.saved();

    const raw = await openRawClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName,
    });
    expect((await raw.authenticate(await owner.collabToken())).kind).toBe(
      "authenticated",
    );

    send(raw, documentName);
    await raw.waitForEnd();
    raw.close();

    // The other client is untouched and keeps working; nothing bad was stored.
    good.doc.getText("t").insert(2, "继续");
    await good.saved();
    expect(good.provider.isAuthenticated).toBe(true);
    expect(good.doc.getText("t").toString()).toBe("正文继续");
    expect(await storedText(document.id)).toBe("正文继续");

    const fresh = await test.connect(owner, document.id);
    await fresh.synced();
    expect(fresh.doc.getText("t").toString()).toBe("正文继续");
  });

  it("keeps validating correctly after a refused update (the shadow is rebuilt)", async () => {
    const owner = await test.member();
    const document = await test.document(owner.member.id);
    const documentName = formatDocumentName({ kind: "document", id: document.id });
    const good = await test.connect(owner, document.id);
    await good.synced();

    const raw = await openRawClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName,
    });
    await raw.authenticate(await owner.collabToken());
    raw.sendUpdate(insertUpdate("坏").slice(0, -1));
    await raw.waitFor("closed");
    raw.close();

    // The same content sent properly must now be accepted: had the shadow kept the
    // half-applied structs, it would differ from the live document.
    const again = await openRawClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName,
    });
    await again.authenticate(await owner.collabToken());
    again.sendUpdate(insertUpdate("好"));
    await expect.poll(() => good.doc.getText("t").toString()).toBe("好");
    expect(again.events.some((event) => event.kind === "closed")).toBe(false);
    again.close();
  });
});

function frameName(name: string): number[] {
  const bytes = new TextEncoder().encode(name);
  return [bytes.length, ...bytes];
}
