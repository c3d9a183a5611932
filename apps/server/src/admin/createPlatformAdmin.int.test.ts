import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { verifyPassword } from "@xietong/auth";
import { nextPhone } from "@xietong/auth/testing";
import { findMemberByPhone } from "@xietong/db";
import { createTestDatabase, type TestDatabase } from "@xietong/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlatformAdmin, PlatformAdminRefusal } from "./createPlatformAdmin.ts";

const run = promisify(execFile);
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database.close();
});

describe("createPlatformAdmin", () => {
  it("creates a platform admin in the operator unit, once per phone", async () => {
    const phone = nextPhone();
    const { memberId } = await createPlatformAdmin(database.db, {
      phone,
      name: "陈建国",
      password: "Operator2026",
    });

    const member = await findMemberByPhone(database.db, phone);
    expect(member).toMatchObject({
      id: memberId,
      isPlatformAdmin: true,
      mustChangePassword: false,
    });
    expect(await verifyPassword(member?.passwordHash ?? "", "Operator2026")).toBe(true);
    await expect(
      createPlatformAdmin(database.db, { phone, name: "重复", password: "Operator2026" }),
    ).rejects.toThrow(PlatformAdminRefusal);
  });

  it("refuses a bad phone and a weak password", async () => {
    await expect(
      createPlatformAdmin(database.db, {
        phone: "12345",
        name: "甲",
        password: "Operator2026",
      }),
    ).rejects.toThrow(/mainland mobile/);
    await expect(
      createPlatformAdmin(database.db, {
        phone: nextPhone(),
        name: "甲",
        password: "short",
      }),
    ).rejects.toThrow(/letters and digits/);
  });
});

describe("npm run admin -- create", () => {
  it("creates a platform admin from the command line with XIETONG_ADMIN_PASSWORD", async () => {
    const phone = nextPhone();
    const cli = resolve(import.meta.dirname, "../adminCli.ts");
    const { stdout } = await run(
      process.execPath,
      [cli, "create", "--phone", phone, "--name", "吴涛"],
      {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          XIETONG_ADMIN_PASSWORD: "Cli2026pass",
        },
      },
    );

    expect(stdout).toContain("Platform admin created");
    expect((await findMemberByPhone(database.db, phone))?.isPlatformAdmin).toBe(true);
  });

  it("exits non-zero with a clear message for an invalid phone", async () => {
    const cli = resolve(import.meta.dirname, "../adminCli.ts");
    const failure = await run(
      process.execPath,
      [cli, "create", "--phone", "1234", "--name", "吴涛"],
      {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          XIETONG_ADMIN_PASSWORD: "Cli2026pass",
        },
      },
    ).catch((error: { code: number; stderr: string }) => error);

    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('Phone "1234"');
  });
});
