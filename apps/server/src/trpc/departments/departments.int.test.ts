import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClient, errorIdOf } from "../../testing/createTestClient.ts";
import {
  type BuiltUnit,
  buildUnit,
  startTestServer,
  type TestServer,
  testPassword,
} from "../../testing/startTestServer.ts";

let test: TestServer;
let home: BuiltUnit;
let other: BuiltUnit;

beforeAll(async () => {
  test = await startTestServer();
  home = await buildUnit(test.database, "部门测试单位");
  other = await buildUnit(test.database, "其他单位");
});

afterAll(async () => {
  await test.close();
});

async function signedIn(phone: string, password = testPassword) {
  const client = createTestClient(test.server.url);
  await client.api.auth.signIn.mutate({ phone, password });
  return client;
}

describe("departments", () => {
  it("builds, renames and deletes the tree, refusing to delete a department in use", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const { id: parent } = await admin.api.departments.create.mutate({
      name: "财务科",
      parentId: null,
    });
    const { id: child } = await admin.api.departments.create.mutate({
      name: "会计组",
      parentId: parent,
    });
    await admin.api.departments.rename.mutate({ id: child, name: "核算组" });

    const tree = await admin.api.departments.tree.query();
    const finance = tree.find((node) => node.id === parent);
    expect(finance?.children).toMatchObject([
      { id: child, name: "核算组", children: [] },
    ]);

    expect(await errorIdOf(admin.api.departments.delete.mutate({ id: parent }))).toBe(
      "department.notEmpty",
    );
    await admin.api.departments.delete.mutate({ id: child });
    await admin.api.departments.delete.mutate({ id: parent });
    expect(
      (await admin.api.departments.tree.query()).map((node) => node.id),
    ).not.toContain(parent);
  });

  it("refuses to rename or delete a department of another unit", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    expect(
      await errorIdOf(
        admin.api.departments.rename.mutate({ id: other.office.id, name: "夺" }),
      ),
    ).toBe("access.notFound");
    expect(
      await errorIdOf(admin.api.departments.delete.mutate({ id: other.secretariat.id })),
    ).toBe("access.notFound");
    expect(
      await test.database.db
        .selectFrom("departments")
        .select("name")
        .where("id", "=", other.office.id)
        .executeTakeFirst(),
    ).toEqual({ name: "办公室" });
  });
});
