import { TRPCClientError } from "@trpc/client";
import type { BuiltUnit } from "@xietong/auth/testing";
import { beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../../index.ts";
import { errorIdOf } from "../../testing/createTestClient.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer();
const { signedIn } = harness;
let home: BuiltUnit;

beforeAll(async () => {
  home = await harness.buildUnit("设置测试单位");
});

const settings = {
  sessionIdleMinutes: 45,
  sessionAbsoluteHours: 10,
  lockoutFailures: 6,
  lockoutWindowMinutes: 20,
  lockoutMinutes: 15,
};

describe("units", () => {
  it("shows the caller's unit with the default settings", async () => {
    const member = await signedIn((await home.member()).phone);
    await expect(member.api.units.current.query()).resolves.toEqual({
      id: home.unit.id,
      name: "设置测试单位",
      status: "active",
      settings: {
        sessionIdleMinutes: 30,
        sessionAbsoluteHours: 8,
        lockoutFailures: 5,
        lockoutWindowMinutes: 15,
        lockoutMinutes: 10,
      },
    });
  });

  it("lets only the unit admin change settings, within bounds", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const member = await signedIn((await home.member()).phone);

    expect(await errorIdOf(member.api.units.updateSettings.mutate(settings))).toBe(
      "access.forbidden",
    );
    try {
      await admin.api.units.updateSettings.mutate({ ...settings, sessionIdleMinutes: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCClientError);
      const data = (error as TRPCClientError<AppRouter>).data;
      expect(data?.errorId).toBe("validation.failed");
      expect(Object.keys(data?.fieldErrors ?? {})).toEqual(["sessionIdleMinutes"]);
    }

    await admin.api.units.updateSettings.mutate(settings);
    expect((await member.api.units.current.query()).settings).toEqual(settings);
  });
});
