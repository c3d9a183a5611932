import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { errorIdOf } from "../../testing/createTestClient.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer();

describe("documents.import limits", () => {
  it("refuses a small .docx that inflates past the limit, and stays up", async () => {
    const unit = await harness.buildUnit("导入限制单位");
    const owner = await harness.signedIn((await unit.member()).phone);
    // 80 MB of zeros zip to well under 1 MB: far below the file limit, far above
    // what an import may inflate to.
    const bomb = zipSync({ "word/document.xml": new Uint8Array(80 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);

    expect(
      await errorIdOf(
        owner.api.documents.import.mutate({
          title: "压缩炸弹",
          format: "docx",
          content: Buffer.from(bomb).toString("base64"),
        }),
      ),
    ).toBe("document.importTooLarge");

    const { id } = await owner.api.documents.create.mutate({ title: "之后照常" });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
