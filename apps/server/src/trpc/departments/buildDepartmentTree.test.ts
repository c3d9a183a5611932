import type { Department } from "@xietong/db";
import { describe, expect, it } from "vitest";
import { buildDepartmentTree } from "./buildDepartmentTree.ts";

function department(id: string, parentId: string | null): Department {
  return { id, parentId, name: id, unitId: "u", sortOrder: 0, createdAt: new Date(0) };
}

describe("buildDepartmentTree", () => {
  it("nests children under parents in order and keeps orphans as roots", () => {
    const tree = buildDepartmentTree([
      department("office", null),
      department("secretariat", "office"),
      department("finance", null),
      department("orphan", "gone"),
      department("archive", "office"),
    ]);

    expect(tree.map((node) => node.id)).toEqual(["office", "finance", "orphan"]);
    expect(tree[0]?.children.map((node) => node.id)).toEqual(["secretariat", "archive"]);
  });
});
