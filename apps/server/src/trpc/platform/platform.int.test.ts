import { createRightsEvents, type RightsEvent } from "@xietong/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, errorIdOf } from "../../testing/createTestClient.ts";
import {
  type BuiltUnit,
  buildUnit,
  nextPhone,
  startTestServer,
  type TestServer,
  testPassword,
} from "../../testing/startTestServer.ts";

let test: TestServer;
let operator: BuiltUnit;
const heard: RightsEvent[] = [];
let closeEvents: () => Promise<void>;

beforeAll(async () => {
  test = await startTestServer();
  operator = await buildUnit(test.database, "平台运营");
  const events = await createRightsEvents(test.database, { url: test.database.url });
  events.subscribe((event) => heard.push(event));
  closeEvents = () => events.close();
});

afterAll(async () => {
  await closeEvents();
  await test.close();
});

async function signedIn(phone: string, password = testPassword) {
  const client = createTestClient(test.server.url);
  await client.api.auth.signIn.mutate({ phone, password });
  return client;
}

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

    const admin = createTestClient(test.server.url);
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
    const target = await buildUnit(test.database, "待停用单位");
    const memberRow = await target.member();
    const member = await signedIn(memberRow.phone);

    await platformAdmin.api.platform.units.setStatus.mutate({
      unitId: target.unit.id,
      status: "disabled",
    });

    expect(await member.api.auth.me.query()).toBeNull();
    expect(
      await errorIdOf(
        createTestClient(test.server.url).api.auth.signIn.mutate({
          phone: memberRow.phone,
          password: testPassword,
        }),
      ),
    ).toBe("auth.unitDisabled");
    for (let i = 0; i < 50 && !heard.some((e) => e.type === "unit"); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(heard).toContainEqual({ type: "unit", unitId: target.unit.id });

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
