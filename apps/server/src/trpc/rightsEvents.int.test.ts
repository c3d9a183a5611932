import { createRightsEvents, type RightsEvent } from "@xietong/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, type TestClient } from "../testing/createTestClient.ts";
import {
  type BuiltUnit,
  buildUnit,
  startTestServer,
  type TestServer,
  testPassword,
} from "../testing/startTestServer.ts";

// The collab server closes or downgrades live connections when it hears these events,
// so each change of rights must publish one. The listener here is a separate
// PostgreSQL connection, as a collab process in the two-process setup would be.

let test: TestServer;
let home: BuiltUnit;
const heard: RightsEvent[] = [];
let closeEvents: () => Promise<void>;

beforeAll(async () => {
  test = await startTestServer();
  home = await buildUnit(test.database, "权限事件单位");
  const events = await createRightsEvents(test.database, { url: test.database.url });
  events.subscribe((event) => heard.push(event));
  closeEvents = () => events.close();
});

afterAll(async () => {
  await closeEvents();
  await test.close();
});

async function signedIn(phone: string): Promise<TestClient> {
  const client = createTestClient(test.server.url);
  await client.api.auth.signIn.mutate({ phone, password: testPassword });
  return client;
}

/**
 * Waits until `event` has been heard `times` times in all. Counting, rather than
 * clearing the list between steps, keeps a late event of one step from passing for
 * the next step's identical event.
 */
async function expectHeard(event: RightsEvent, times = 1): Promise<void> {
  const count = () =>
    heard.filter((e) => JSON.stringify(e) === JSON.stringify(event)).length;
  for (let i = 0; i < 100 && count() < times; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // A short pause more, so an extra duplicate would show up as a wrong count.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(count()).toBe(times);
}

async function sessionIdsOf(memberId: string): Promise<string[]> {
  const rows = await test.database.db
    .selectFrom("sessions")
    .select("id")
    .where("memberId", "=", memberId)
    .execute();
  return rows.map((row) => row.id);
}

describe("rights events", () => {
  it("go out for share, unshare, trash and restore of a document", async () => {
    const owner = await signedIn((await home.member()).phone);
    const clerk = await home.member();
    const { id } = await owner.api.documents.create.mutate({ title: "事件" });
    const share = { id, principalType: "member" as const, principalId: clerk.id };

    const changes = [
      () => owner.api.documents.share.mutate({ ...share, role: "viewer" }),
      () => owner.api.documents.unshare.mutate(share),
      () => owner.api.documents.trash.mutate({ id }),
      () => owner.api.documents.restore.mutate({ id }),
    ];
    for (const [index, change] of changes.entries()) {
      await change();
      await expectHeard({ type: "document", documentId: id }, index + 1);
    }
  });

  it("go out for sign-out, sign-out everywhere and a password change", async () => {
    const member = await home.member();
    const client = await signedIn(member.phone);
    const [sessionId] = await sessionIdsOf(member.id);

    await client.api.auth.signOut.mutate();
    await expectHeard({ type: "session", sessionId: sessionId ?? "" });

    await (await signedIn(member.phone)).api.auth.signOutEverywhere.mutate();
    await expectHeard({ type: "member", memberId: member.id }, 1);

    await (await signedIn(member.phone)).api.auth.changePassword.mutate({
      currentPassword: testPassword,
      newPassword: "Changed2026x",
    });
    await expectHeard({ type: "member", memberId: member.id }, 2);
  });

  it("go out when an admin disables a member or resets their password", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const member = await home.member();

    await admin.api.members.setStatus.mutate({ id: member.id, status: "disabled" });
    await expectHeard({ type: "member", memberId: member.id }, 1);

    await admin.api.members.resetPassword.mutate({ id: member.id });
    await expectHeard({ type: "member", memberId: member.id }, 2);
  });
});
