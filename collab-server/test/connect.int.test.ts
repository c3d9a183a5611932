import { sessionCookieName } from "@xietong/auth";
import { formatDocumentName } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { connectClient } from "../src/testing/index.ts";
import { setupCollabTest } from "./helpers/collabTest.ts";

const test = setupCollabTest();

function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
    socket.once("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
    });
    socket.once("error", (error) => {
      if (!String(error.message).includes("Unexpected server response")) reject(error);
    });
  });
}

describe("collab connection", () => {
  it("refuses an upgrade from a foreign Origin, or without one, with 403", async () => {
    const { url, origin } = test.running;

    expect(await upgradeStatus(url, { Origin: "https://evil.example" })).toBe(403);
    expect(await upgradeStatus(url, {})).toBe(403);
    expect(await upgradeStatus(url, { Origin: origin })).toBe(101);
  });

  it("authenticates an owner by collab token and a member by session cookie", async () => {
    const owner = await test.member("甲");
    const editor = await test.member("乙");
    const document = await test.document(owner.member.id, [
      { memberId: editor.member.id, role: "editor" },
    ]);

    const byToken = await test.connect(owner, document.id);
    await byToken.synced();
    expect(byToken.provider.authorizedScope).toBe("read-write");

    const byCookie = connectClient({
      url: test.running.url,
      origin: test.running.origin,
      documentName: formatDocumentName({ kind: "document", id: document.id }),
      token: "session",
      cookie: `${sessionCookieName()}=${editor.sessionToken}`,
    });
    try {
      await byCookie.synced();
      byCookie.doc.getText("t").insert(0, "你好");
      await expect.poll(() => byToken.doc.getText("t").toString()).toBe("你好");
    } finally {
      byCookie.destroy();
    }
  });

  it("refuses a bad token, a missing cookie, no right, another unit and unknown names", async () => {
    const owner = await test.member();
    const outsider = await test.member();
    const document = await test.document(owner.member.id);
    const name = formatDocumentName({ kind: "document", id: document.id });
    const attempt = async (options: {
      token: string;
      documentName?: string;
      cookie?: string;
    }) => {
      const client = connectClient({
        url: test.running.url,
        origin: test.running.origin,
        documentName: options.documentName ?? name,
        token: options.token,
        cookie: options.cookie,
      });
      try {
        await client.synced();
        return "synced";
      } catch (error) {
        return (error as Error).message;
      } finally {
        client.destroy();
      }
    };

    expect(await attempt({ token: "not-a-token" })).toContain('"unauthorized"');
    expect(await attempt({ token: "session" })).toContain('"unauthorized"');
    expect(
      await attempt({
        token: "session",
        cookie: `${sessionCookieName()}=abcdefghijklmnop`,
      }),
    ).toContain('"unauthorized"');
    expect(await attempt({ token: await outsider.collabToken() })).toContain(
      '"forbidden"',
    );
    expect(
      await attempt({
        token: await owner.collabToken(),
        documentName: `secret.${document.id}`,
      }),
    ).toContain('"forbidden"');
    expect(
      await attempt({
        token: await owner.collabToken(),
        documentName: formatDocumentName({
          kind: "document",
          id: "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
        }),
      }),
    ).toContain('"forbidden"');
  });
});
