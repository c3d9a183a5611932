import { hashPassword } from "@xietong/auth";
import { bodyFragmentName } from "@xietong/schema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createLogger } from "../logger.ts";
import { useTestServer } from "../testing/useTestServer.ts";
import {
  demoDocument,
  demoMembers,
  demoPassword,
  demoPlatformAdmin,
} from "./demoData.ts";
import { seedDemo } from "./seedDemo.ts";

const harness = useTestServer({ seedDemo: true });

function phoneOf(key: string): string {
  const member = demoMembers.find((candidate) => candidate.key === key);
  if (!member) throw new Error(`No demo member "${key}"`);
  return member.phone;
}

async function signedIn(phone: string) {
  const client = harness.client();
  const result = await client.api.auth.signIn.mutate({ phone, password: demoPassword });
  return { client, result };
}

describe("seedDemo", () => {
  it("reports the five demo accounts with the shared password", () => {
    expect(harness.server.demo?.members).toHaveLength(5);
    expect(harness.server.demo?.members[0]).toEqual({
      name: demoPlatformAdmin.name,
      phone: demoPlatformAdmin.phone,
      password: demoPassword,
    });
  });

  it("lets every demo member sign in without changing the password", async () => {
    for (const member of demoMembers) {
      const { result } = await signedIn(member.phone);
      expect(result).toEqual({ mustChangePassword: false });
    }
    const { client } = await signedIn(demoPlatformAdmin.phone);
    expect((await client.api.auth.me.query())?.member.isPlatformAdmin).toBe(true);
    expect(await client.api.platform.units.list.query()).toHaveLength(2);
  });

  it("shares the sample document with the office tree as editors", async () => {
    const { client: author } = await signedIn(phoneOf("author"));
    const { client: colleague } = await signedIn(phoneOf("colleague"));

    const [mine] = await author.api.documents.list.query({ filter: "mine" });
    expect(mine).toMatchObject({ title: demoDocument.title, role: "owner" });
    const [shared] = await colleague.api.documents.list.query({ filter: "shared" });
    expect(shared).toMatchObject({ title: demoDocument.title, role: "editor" });

    const rows = await harness.database.db
      .selectFrom("documentUpdates")
      .select("update")
      .where("documentId", "=", mine?.id ?? "")
      .execute();
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.update);
    const body = doc.getXmlFragment(bodyFragmentName).toString();
    expect(body).toContain(
      `<heading align="center" level="1">${demoDocument.title}</heading>`,
    );
    expect(body).toContain('<paragraph indent="2">一、严格落实值班制度');
    expect(body).toContain(`<paragraph align="right" indent="0">${demoDocument.date}`);
  });

  it("reports only the accounts that still use the demo password", async () => {
    const changed = demoMembers[0];
    if (!changed) throw new Error("No demo member");
    const logger = createLogger("silent");
    const before = await harness.database.db
      .selectFrom("members")
      .select("passwordHash")
      .where("phone", "=", changed.phone)
      .executeTakeFirstOrThrow();

    await harness.database.db
      .updateTable("members")
      .set({ passwordHash: await hashPassword("Changed2027x") })
      .where("phone", "=", changed.phone)
      .execute();
    try {
      const accounts = await seedDemo(harness.database.db, logger, { create: false });
      expect(accounts?.members.map((member) => member.phone)).not.toContain(
        changed.phone,
      );
      expect(accounts?.members).toHaveLength(4);
    } finally {
      await harness.database.db
        .updateTable("members")
        .set({ passwordHash: before.passwordHash })
        .where("phone", "=", changed.phone)
        .execute();
    }
  });

  it("creates nothing twice and keeps reporting the accounts on later starts", async () => {
    const logger = createLogger("silent");
    const again = await seedDemo(harness.database.db, logger, { create: false });
    expect(again?.members).toHaveLength(5);

    const units = await harness.database.db.selectFrom("units").select("name").execute();
    expect(units).toHaveLength(2);
  });
});
