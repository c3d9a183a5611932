import { randomUUID } from "node:crypto";
import { sessionCookieName } from "@xietong/auth";
import {
  deleteDocumentShare,
  deleteSession,
  findSession,
  setMemberStatus,
  touchSession,
  upsertDocumentShare,
} from "@xietong/db";
import { formatDocumentName } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { loadDocumentState } from "../src/index.ts";
import { connectClient } from "../src/testing/index.ts";
import { buildMember, buildUnit } from "./helpers/buildWorld.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";
import { passedThrough } from "./helpers/passedThrough.ts";
import { openRawClient } from "./helpers/rawClient.ts";

const test = setupCollabTest({ sweepIntervalMs: 60 * 60_000 });

async function pair(role: "editor" | "commenter" | "viewer") {
  const owner = await test.member("所有者");
  const other = await test.member("同事");
  const document = await test.document(owner.member.id, [
    { memberId: other.member.id, role },
  ]);
  const ownerClient = await test.connect(owner, document.id);
  const otherClient = await test.connect(other, document.id);
  await ownerClient.synced();
  await otherClient.synced();
  return { owner, other, document, ownerClient, otherClient };
}

function share(documentId: string, memberId: string, role: "editor" | "viewer") {
  return upsertDocumentShare(test.database.db, {
    documentId,
    principalType: "member",
    principalId: memberId,
    role,
  });
}

describe("read-only connections", () => {
  it.each(["viewer", "commenter"] as const)(
    "refuses a %s's updates: nobody sees them and nothing is stored",
    async (role) => {
      const { document, ownerClient, otherClient } = await pair(role);
      expect(otherClient.provider.authorizedScope).toBe("readonly");

      otherClient.doc.getText("t").insert(0, "越权");
      ownerClient.doc.getText("t").insert(0, "正文");
      await ownerClient.saved();
      await passedThrough(otherClient, ownerClient);
      // Whatever the server accepted is durable once the journal has nothing pending.
      await test.running.collab.openDocumentState(document.id);

      expect(ownerClient.doc.getText("t").toString()).toBe("正文");
      const stored = new Y.Doc();
      await loadDocumentState(test.database.db, {
        documentId: document.id,
        doc: stored,
        origin: null,
      });
      expect(stored.getText("t").toString()).toBe("正文");
    },
  );

  it("does not relay a read-only client's stateless messages", async () => {
    const { ownerClient, otherClient } = await pair("viewer");
    // The owner's own `saved` acks may still arrive: look for the viewer's payloads
    // by a marker instead of counting messages.
    const marker = randomUUID();
    const heard: string[] = [];
    ownerClient.provider.on("stateless", ({ payload }: { payload: string }) => {
      heard.push(payload);
    });

    otherClient.provider.sendStateless(JSON.stringify({ type: "saved", marker }));
    otherClient.provider.sendStateless(
      JSON.stringify({ type: "access", role: "owner", marker }),
    );
    await passedThrough(otherClient, ownerClient);

    expect(heard.filter((payload) => payload.includes(marker))).toEqual([]);
  });

  it("closes a client that sends BroadcastStateless, without relaying it", async () => {
    const { other, document, ownerClient } = await pair("viewer");
    const raw = await openRawClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName: formatDocumentName({ kind: "document", id: document.id }),
    });
    await raw.authenticate(await other.collabToken());
    const marker = randomUUID();
    const heard: string[] = [];
    ownerClient.provider.on("stateless", ({ payload }: { payload: string }) => {
      heard.push(payload);
    });

    // Hocuspocus 4.x treats opcode 6 as server-internal (Redis fan-out) and refuses it
    // from a client: this is the read-only broadcast fix of 4.1.1.
    const payload = new TextEncoder().encode(JSON.stringify({ type: "saved", marker }));
    const name = new TextEncoder().encode(`document.${document.id}`);
    raw.sendBytes(new Uint8Array([name.length, ...name, 6, payload.length, ...payload]));

    await raw.waitFor("closed");
    raw.close();
    // A relayed broadcast would have been sent before the close was.
    expect(heard.filter((text) => text.includes(marker))).toEqual([]);
  });

  it("stamps the server's identity on awareness, for read-only clients too", async () => {
    const { other, ownerClient, otherClient } = await pair("viewer");

    otherClient.provider.setAwarenessField("user", {
      id: "someone-else",
      name: "冒充的领导",
      color: "#000000",
    });

    await expect
      .poll(
        () =>
          ownerClient.provider.awareness?.getStates().get(otherClient.doc.clientID)?.user,
      )
      .toMatchObject({ id: other.member.id, name: "同事" });
    const user = ownerClient.provider.awareness
      ?.getStates()
      .get(otherClient.doc.clientID)?.user;
    expect(user.color).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe("live revocation", () => {
  it("lowers an editor to read-only and raises them back, without a reconnect", async () => {
    const { other, document, ownerClient, otherClient } = await pair("editor");
    otherClient.doc.getText("t").insert(0, "一");
    await otherClient.saved();

    await share(document.id, other.member.id, "viewer");
    await test.running.events.publish({ type: "document", documentId: document.id });
    await expect
      .poll(() => otherClient.messages.at(-1), { timeout: 5_000 })
      .toEqual({ type: "access", role: "viewer" });

    otherClient.doc.getText("t").insert(1, "二");
    await passedThrough(otherClient, ownerClient);
    expect(ownerClient.doc.getText("t").toString()).toBe("一");

    await share(document.id, other.member.id, "editor");
    await test.running.events.publish({ type: "document", documentId: document.id });
    await expect
      .poll(() => otherClient.messages, { timeout: 5_000 })
      .toContainEqual({ type: "access", role: "editor" });

    // What was typed while read-only was refused; back to writable, the server asks
    // for a sync and receives it along with the new edit.
    otherClient.doc.getText("t").insert(0, "三");
    await expect.poll(() => ownerClient.doc.getText("t").toString()).toBe("三一二");
  });

  it("closes the connection of a member whose share is removed", async () => {
    const { other, document, otherClient } = await pair("editor");
    let closed = false;
    otherClient.provider.on("close", () => {
      closed = true;
    });

    await deleteDocumentShare(test.database.db, {
      documentId: document.id,
      principalType: "member",
      principalId: other.member.id,
    });
    await test.running.events.publish({ type: "document", documentId: document.id });

    await expect.poll(() => closed, { timeout: 5_000 }).toBe(true);
    expect(otherClient.provider.isAuthenticated).toBe(false);
  });

  it.each([
    [
      "signs out",
      async (other: Awaited<ReturnType<typeof buildMember>>) => {
        await deleteSession(test.database.db, other.session.id);
        await test.running.events.publish({
          type: "session",
          sessionId: other.session.id,
        });
      },
    ],
    [
      "is disabled",
      async (other: Awaited<ReturnType<typeof buildMember>>) => {
        await setMemberStatus(test.database.db, {
          unitId: test.unitId,
          id: other.member.id,
          status: "disabled",
        });
        await test.running.events.publish({ type: "member", memberId: other.member.id });
      },
    ],
  ])("closes the connections of a member who %s", async (_label, act) => {
    const { other, otherClient } = await pair("editor");
    let closed = false;
    otherClient.provider.on("close", () => {
      closed = true;
    });

    await act(other);

    await expect.poll(() => closed, { timeout: 5_000 }).toBe(true);
  });

  it("closes a connection whose session expired, at the next sweep", async () => {
    const { other, otherClient } = await pair("editor");
    let closed = false;
    otherClient.provider.on("close", () => {
      closed = true;
    });

    const past = new Date(Date.now() - 60_000);
    await touchSession(test.database.db, {
      id: other.session.id,
      lastSeenAt: past,
      idleExpiresAt: past,
    });
    await test.running.collab.sweepAccess();

    await expect.poll(() => closed, { timeout: 2_000 }).toBe(true);
  });

  it("counts editing as activity: the sweep slides an editor's idle expiry", async () => {
    const { other, otherClient } = await pair("editor");
    const lastSeenAt = new Date(Date.now() - 20 * 60_000);
    const idleExpiresAt = new Date(Date.now() + 10 * 60_000);
    await touchSession(test.database.db, {
      id: other.session.id,
      lastSeenAt,
      idleExpiresAt,
    });

    otherClient.doc.getText("t").insert(0, "还在写");
    await otherClient.saved();
    await test.running.collab.sweepAccess();

    const session = await findSession(test.database.db, other.session.id);
    expect(session?.idleExpiresAt.getTime()).toBeGreaterThan(idleExpiresAt.getTime());
    expect(otherClient.provider.isAuthenticated).toBe(true);
  });

  it("refuses a member of another unit even if a share row names them", async () => {
    const owner = await test.member();
    const unit = await buildUnit(test.database.db);
    const foreigner = await buildMember(test.database.db, { unitId: unit.id });
    const document = await test.document(owner.member.id, [
      { memberId: foreigner.member.id, role: "editor" },
    ]);

    const client = connectClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName: formatDocumentName({ kind: "document", id: document.id }),
      token: "session",
      cookie: `${sessionCookieName()}=${foreigner.sessionToken}`,
    });
    try {
      await expect(client.synced()).rejects.toThrow('"forbidden"');
    } finally {
      client.destroy();
    }
  });
});
