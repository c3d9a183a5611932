import { listDocumentVersions } from "@xietong/db";
import { formatDocumentName } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import { setupCollabTest } from "./helpers/collabTest.ts";

// A short session length stands in for the ten minutes of production.
const test = setupCollabTest({ maxEditingSessionMs: 300 });

describe("automatic versions during a long editing session", () => {
  it("takes a version while edits go on, without waiting for the writer to leave", async () => {
    const owner = await test.member("长时间编辑");
    const document = await test.document(owner.member.id);
    const writer = await test.connect(owner, document.id);
    await writer.synced();

    writer.doc.getText("t").insert(0, "第一段");
    await writer.saved();

    await expect
      .poll(() => listDocumentVersions(test.database.db, document.id), { timeout: 5_000 })
      .toMatchObject([{ kind: "auto", createdByName: "长时间编辑" }]);
    expect(writer.provider.isAuthenticated).toBe(true);

    // Nothing new was typed since: leaving adds no second version.
    writer.destroy();
    // Hocuspocus unloads only after the onDisconnect hooks (which take the version) resolved.
    await expect
      .poll(() =>
        test.running.collab.hocuspocus.documents.has(
          formatDocumentName({ kind: "document", id: document.id }),
        ),
      )
      .toBe(false);
    expect(await listDocumentVersions(test.database.db, document.id)).toHaveLength(1);
  });
});
