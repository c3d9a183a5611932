import { type BuiltUnit, testPassword } from "@xietong/auth/testing";
import { beforeAll, describe, it } from "vitest";
import { useTestServer } from "../testing/useTestServer.ts";

// The collab server closes or downgrades live connections when it hears these events,
// so each change of rights must publish one. The listener here is a separate
// PostgreSQL connection, as a collab process in the two-process setup would be.

const harness = useTestServer({ rightsEvents: true });
const { expectHeard, signedIn } = harness;
let home: BuiltUnit;

beforeAll(async () => {
  home = await harness.buildUnit("权限事件单位");
});

async function sessionIdsOf(memberId: string): Promise<string[]> {
  const rows = await harness.database.db
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
