import {
  bodyOf,
  bodyOfState,
  type CollabClient,
  connectClient,
  writeParagraph,
} from "@xietong/collab-server/testing";
import { formatDocumentName } from "@xietong/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  errorIdOf,
  type TestClient,
} from "../testing/createTestClient.ts";
import {
  type BuiltUnit,
  buildUnit,
  startTestServer,
  type TestServer,
  testPassword,
} from "../testing/startTestServer.ts";

let test: TestServer;
let home: BuiltUnit;
const clients: CollabClient[] = [];

beforeAll(async () => {
  test = await startTestServer({ collab: true });
  home = await buildUnit(test.database, "版本测试单位");
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await test.close();
});

async function signedIn(name: string): Promise<TestClient & { memberId: string }> {
  const member = await home.member({ name });
  const client = createTestClient(test.server.url);
  await client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword });
  return { ...client, memberId: member.id };
}

async function openEditor(client: TestClient, documentId: string): Promise<CollabClient> {
  const { token } = await client.api.auth.collabToken.mutate();
  const editor = connectClient({
    url: `${test.server.url.replace("http", "ws")}/collab`,
    origin: test.server.url,
    documentName: formatDocumentName({ kind: "document", id: documentId }),
    token,
  });
  clients.push(editor);
  await editor.synced();
  return editor;
}

describe("versions", () => {
  it("names a version, shows it read-only and restores it live for an editor", async () => {
    const owner = await signedIn("王主任");
    const { id } = await owner.api.documents.create.mutate({ title: "工作方案" });
    const editor = await openEditor(owner, id);

    writeParagraph(editor.doc, "初稿");
    await editor.saved();
    const { id: versionId } = await owner.api.versions.create.mutate({
      documentId: id,
      name: "送审稿",
    });
    writeParagraph(editor.doc, "改稿");
    await editor.saved();

    const list = await owner.api.versions.list.query({ documentId: id });
    expect(list).toContainEqual(
      expect.objectContaining({
        id: versionId,
        kind: "named",
        name: "送审稿",
        createdByName: "王主任",
      }),
    );

    const { documentId, state } = await owner.api.versions.state.query({ versionId });
    expect(documentId).toBe(id);
    expect(bodyOfState(Buffer.from(state, "base64"))).toBe("<paragraph>初稿</paragraph>");

    await owner.api.versions.restore.mutate({ versionId });
    await expect.poll(() => bodyOf(editor.doc)).toBe("<paragraph>初稿</paragraph>");
    const kinds = (await owner.api.versions.list.query({ documentId: id })).map(
      (version) => version.kind,
    );
    expect(kinds).toContain("restore");
  });

  it("lets a viewer list and view versions but not create or restore them", async () => {
    const owner = await signedIn("李处长");
    const viewer = await signedIn("赵科员");
    const outsider = await signedIn("钱科员");
    const { id } = await owner.api.documents.create.mutate({ title: "通知" });
    await owner.api.documents.share.mutate({
      id,
      principalType: "member",
      principalId: viewer.memberId,
      role: "viewer",
    });
    const { id: versionId } = await owner.api.versions.create.mutate({
      documentId: id,
      name: "第一版",
    });

    expect(await viewer.api.versions.list.query({ documentId: id })).toHaveLength(1);
    expect((await viewer.api.versions.state.query({ versionId })).documentId).toBe(id);
    expect(
      await errorIdOf(
        viewer.api.versions.create.mutate({ documentId: id, name: "偷偷" }),
      ),
    ).toBe("access.forbidden");
    expect(await errorIdOf(viewer.api.versions.restore.mutate({ versionId }))).toBe(
      "access.forbidden",
    );
    expect(await errorIdOf(outsider.api.versions.state.query({ versionId }))).toBe(
      "access.notFound",
    );
    expect(await errorIdOf(outsider.api.versions.list.query({ documentId: id }))).toBe(
      "access.notFound",
    );
  });
});
