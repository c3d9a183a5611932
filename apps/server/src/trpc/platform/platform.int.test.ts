import {
  type BuiltUnit,
  buildUnit,
  nextPhone,
  testPassword,
} from "@xietong/auth/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { errorIdOf } from "../../testing/createTestClient.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer({ rightsEvents: true });
const { signedIn } = harness;
let operator: BuiltUnit;

beforeAll(async () => {
  operator = await harness.buildUnit("平台运营");
});

describe("platform.units", () => {
  it("creates a unit whose admin must change the returned default password", async () => {
    const platformAdmin = await signedIn(
      (await operator.member({ isPlatformAdmin: true, role: "unit_admin" })).phone,
    );
    const adminPhone = nextPhone();

    const { unitId, adminPassword } =
      await platformAdmin.api.platform.units.create.mutate({
        name: "新建县财政局",
        admin: { phone: adminPhone, name: "黄海涛" },
      });

    const admin = harness.client();
    await expect(
      admin.api.auth.signIn.mutate({ phone: adminPhone, password: adminPassword }),
    ).resolves.toEqual({ mustChangePassword: true });
    expect((await admin.api.auth.me.query())?.unit.id).toBe(unitId);
    expect((await admin.api.auth.me.query())?.member.role).toBe("unit_admin");

    const units = await platformAdmin.api.platform.units.list.query();
    expect(units.find((unit) => unit.id === unitId)).toMatchObject({
      name: "新建县财政局",
      status: "active",
      memberCount: 1,
    });

    expect(
      await errorIdOf(
        platformAdmin.api.platform.units.create.mutate({
          name: "新建县财政局",
          admin: { phone: nextPhone(), name: "某某" },
        }),
      ),
    ).toBe("unit.nameTaken");
    expect(
      await errorIdOf(
        platformAdmin.api.platform.units.create.mutate({
          name: "另一个局",
          admin: { phone: adminPhone, name: "某某" },
        }),
      ),
    ).toBe("member.phoneTaken");
  });

  it("disables a unit: its sessions end for good, sign-in is refused, an event goes out", async () => {
    const platformAdmin = await signedIn(
      (await operator.member({ isPlatformAdmin: true })).phone,
    );
    const target = await buildUnit(harness.database, "待停用单位");
    const memberRow = await target.member();
    const member = await signedIn(memberRow.phone);

    await platformAdmin.api.platform.units.setStatus.mutate({
      unitId: target.unit.id,
      status: "disabled",
    });

    expect(await member.api.auth.me.query()).toBeNull();
    expect(
      await errorIdOf(
        harness.client().api.auth.signIn.mutate({
          phone: memberRow.phone,
          password: testPassword,
        }),
      ),
    ).toBe("auth.unitDisabled");
    await harness.expectHeard({ type: "unit", unitId: target.unit.id });

    await platformAdmin.api.platform.units.setStatus.mutate({
      unitId: target.unit.id,
      status: "active",
    });
    expect(await member.api.auth.me.query()).toBeNull();
    await expect(
      member.api.auth.signIn.mutate({ phone: memberRow.phone, password: testPassword }),
    ).resolves.toEqual({ mustChangePassword: false });
  });

  it("is refused to members who are not platform admins, unit admins included", async () => {
    const unitAdmin = await signedIn(
      (await operator.member({ role: "unit_admin" })).phone,
    );
    expect(await errorIdOf(unitAdmin.api.platform.units.list.query())).toBe(
      "access.forbidden",
    );
  });
});
