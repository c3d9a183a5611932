import type { BuiltUnit } from "@xietong/auth/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { errorDataOf, errorIdOf } from "../../testing/createTestClient.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer();
const { signedIn } = harness;
let home: BuiltUnit;
let other: BuiltUnit;

beforeAll(async () => {
  home = await harness.buildUnit("部门测试单位");
  other = await harness.buildUnit("其他单位");
});

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

  it("lists a new department after its existing siblings", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    const { id: parent } = await admin.api.departments.create.mutate({
      name: "排序测试处",
      parentId: null,
    });
    for (const name of ["乙科", "甲科", "阿科"]) {
      await admin.api.departments.create.mutate({ name, parentId: parent });
    }

    const tree = await admin.api.departments.tree.query();
    const children = tree.find((node) => node.id === parent)?.children ?? [];
    expect(children.map((node) => node.name)).toEqual(["乙科", "甲科", "阿科"]);
  });

  it("refuses a department name with a NUL or a bidi override", async () => {
    const admin = await signedIn((await home.member({ role: "unit_admin" })).phone);
    for (const name of ["办公\u0000室", "办公\u202e室"]) {
      expect(
        await errorDataOf(admin.api.departments.create.mutate({ name, parentId: null })),
      ).toMatchObject({
        errorId: "validation.failed",
        fieldErrors: { name: ["validation.forbiddenCharacters"] },
      });
    }
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
      await harness.database.db
        .selectFrom("departments")
        .select("name")
        .where("id", "=", other.office.id)
        .executeTakeFirst(),
    ).toEqual({ name: "办公室" });
  });
});
