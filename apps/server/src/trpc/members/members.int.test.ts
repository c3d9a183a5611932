import { type BuiltUnit, nextPhone, testPassword } from "@xietong/auth/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { errorIdOf } from "../../testing/createTestClient.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer();
const { signedIn } = harness;
let home: BuiltUnit;
let other: BuiltUnit;

beforeAll(async () => {
  home = await harness.buildUnit("成员测试单位");
  other = await harness.buildUnit("别的单位");
});

describe("members", () => {
  it("a unit admin creates a member who must change the default password", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const phone = nextPhone();

    const { id, defaultPassword } = await admin.api.members.create.mutate({
      phone,
      name: "郑晓燕",
      departmentId: home.office.id,
      role: "member",
    });

    const member = harness.client();
    await expect(
      member.api.auth.signIn.mutate({ phone, password: defaultPassword }),
    ).resolves.toEqual({ mustChangePassword: true });
    expect((await admin.api.members.list.query()).find((m) => m.id === id)).toMatchObject(
      {
        name: "郑晓燕",
        phone,
        mustChangePassword: true,
        status: "active",
      },
    );
    expect(
      await errorIdOf(
        admin.api.members.create.mutate({
          phone,
          name: "重复",
          departmentId: null,
          role: "member",
        }),
      ),
    ).toBe("member.phoneTaken");
  });

  it("refuses members, departments and ids of another unit", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const outsider = await other.member();

    expect(
      await errorIdOf(
        admin.api.members.update.mutate({
          id: outsider.id,
          name: "改名",
          departmentId: null,
          role: "member",
        }),
      ),
    ).toBe("access.notFound");
    expect(
      await errorIdOf(
        admin.api.members.setStatus.mutate({ id: outsider.id, status: "disabled" }),
      ),
    ).toBe("access.notFound");
    expect(
      await errorIdOf(admin.api.members.resetPassword.mutate({ id: outsider.id })),
    ).toBe("access.notFound");
    // Our own member moved into their department: two units in one request.
    const ours = await home.member();
    expect(
      await errorIdOf(
        admin.api.members.update.mutate({
          id: ours.id,
          name: "本单位",
          departmentId: other.office.id,
          role: "member",
        }),
      ),
    ).toBe("access.notFound");
    expect(
      await errorIdOf(
        admin.api.departments.create.mutate({ name: "越界", parentId: other.office.id }),
      ),
    ).toBe("access.notFound");
    expect((await admin.api.members.directory.query()).map((m) => m.id)).not.toContain(
      outsider.id,
    );
  });

  it("disabling a member ends their sessions; resetting a password forces a change", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const row = await home.member();
    const member = await signedIn(row.phone);

    await admin.api.members.setStatus.mutate({ id: row.id, status: "disabled" });
    expect(await member.api.auth.me.query()).toBeNull();
    expect((await admin.api.members.directory.query()).map((m) => m.id)).not.toContain(
      row.id,
    );

    await admin.api.members.setStatus.mutate({ id: row.id, status: "active" });
    const { defaultPassword } = await admin.api.members.resetPassword.mutate({
      id: row.id,
    });
    await expect(
      harness.client().api.auth.signIn.mutate({
        phone: row.phone,
        password: defaultPassword,
      }),
    ).resolves.toEqual({ mustChangePassword: true });
  });

  it("keeps a unit admin from disabling or demoting themselves", async () => {
    const row = await home.member({ role: "unit_admin" });
    const admin = await signedIn(row.phone);
    expect(
      await errorIdOf(
        admin.api.members.setStatus.mutate({ id: row.id, status: "disabled" }),
      ),
    ).toBe("member.cannotChangeSelf");
    expect(
      await errorIdOf(
        admin.api.members.update.mutate({
          id: row.id,
          name: row.name,
          departmentId: null,
          role: "member",
        }),
      ),
    ).toBe("member.cannotChangeSelf");
  });

  it("refuses admin procedures to ordinary members", async () => {
    const member = await signedIn((await home.member()).phone);
    expect(await errorIdOf(member.api.members.list.query())).toBe("access.forbidden");
    expect(
      await errorIdOf(
        member.api.departments.create.mutate({ name: "私设", parentId: null }),
      ),
    ).toBe("access.forbidden");
  });

  it("members.unlock lets a locked member sign in again, in the admin's unit only", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const locked = await home.member();
    const stranger = await other.member();
    const attempt = (phone: string, password: string) =>
      errorIdOf(harness.client().api.auth.signIn.mutate({ phone, password }));
    for (const member of [locked, stranger]) {
      for (let i = 0; i < 5; i += 1) await attempt(member.phone, "wrong-password1");
      expect(await attempt(member.phone, testPassword)).toBe("auth.locked");
    }
    const listed = (await admin.api.members.list.query()).find((m) => m.id === locked.id);
    expect(new Date(listed?.lockedUntil ?? 0).getTime()).toBeGreaterThan(Date.now());

    expect(await errorIdOf(admin.api.members.unlock.mutate({ id: stranger.id }))).toBe(
      "access.notFound",
    );
    expect(await attempt(stranger.phone, testPassword)).toBe("auth.locked");
    const plain = await signedIn((await home.member()).phone);
    expect(await errorIdOf(plain.api.members.unlock.mutate({ id: locked.id }))).toBe(
      "access.forbidden",
    );
    expect(await attempt(locked.phone, testPassword)).toBe("auth.locked");

    await expect(admin.api.members.unlock.mutate({ id: locked.id })).resolves.toEqual({
      ok: true,
    });
    const unlocked = (await admin.api.members.list.query()).find(
      (m) => m.id === locked.id,
    );
    expect(new Date(unlocked?.lockedUntil ?? 0).getTime()).toBeLessThanOrEqual(
      Date.now(),
    );
    await expect(
      harness.client().api.auth.signIn.mutate({
        phone: locked.phone,
        password: testPassword,
      }),
    ).resolves.toEqual({ mustChangePassword: false });
  });
});
