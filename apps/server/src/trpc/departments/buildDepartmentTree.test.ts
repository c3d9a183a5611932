import type { Department } from "@xietong/db";
import { describe, expect, it } from "vitest";
import { buildDepartmentTree } from "./buildDepartmentTree.ts";

function department(
  id: string,
  parentId: string | null,
  sortOrder = 0,
  name = id,
): Department {
  return { id, parentId, name, unitId: "u", sortOrder, createdAt: new Date(0) };
}

describe("buildDepartmentTree", () => {
  it("nests children under parents in sort order and keeps orphans as roots", () => {
    const tree = buildDepartmentTree([
      department("office", null, 0),
      department("secretariat", "office", 0),
      department("finance", null, 1),
      department("orphan", "gone", 2),
      department("archive", "office", 1),
    ]);

    expect(tree.map((node) => node.id)).toEqual(["office", "finance", "orphan"]);
    expect(tree[0]?.children.map((node) => node.id)).toEqual(["secretariat", "archive"]);
  });

  it("orders departments of one place by name, in pinyin order", () => {
    const tree = buildDepartmentTree([
      department("z", null, 0, "综合科"),
      department("c", null, 0, "财务科"),
      department("b", null, 0, "办公室"),
    ]);

    expect(tree.map((node) => node.name)).toEqual(["办公室", "财务科", "综合科"]);
  });
});
