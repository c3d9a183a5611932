import { describe, expect, it } from "vitest";
import { type DepartmentNode, flattenDepartments } from "./flattenDepartments.ts";

function department(id: string, parentId: string | null = null): DepartmentNode {
  return { id, name: `部门${id}`, parentId };
}

describe("flattenDepartments", () => {
  it("puts each flat department under its parent, depth-first, in sibling order", () => {
    const lines = flattenDepartments([
      department("a"),
      department("b"),
      department("a1", "a"),
      department("a1x", "a1"),
      department("b1", "b"),
    ]);
    expect(lines.map((line) => [line.id, line.depth])).toEqual([
      ["a", 0],
      ["a1", 1],
      ["a1x", 2],
      ["b", 0],
      ["b1", 1],
    ]);
  });

  it("walks a nested tree the same way", () => {
    const lines = flattenDepartments([
      { id: "a", name: "办公室", children: [{ id: "a1", name: "文书科", children: [] }] },
      { id: "b", name: "财务部", children: [] },
    ]);
    expect(lines).toEqual([
      { id: "a", name: "办公室", parentId: null, depth: 0 },
      { id: "a1", name: "文书科", parentId: "a", depth: 1 },
      { id: "b", name: "财务部", parentId: null, depth: 0 },
    ]);
  });

  it("keeps a department whose parent is missing at the top level", () => {
    expect(flattenDepartments([department("x", "gone")])).toEqual([
      { id: "x", name: "部门x", parentId: null, depth: 0 },
    ]);
  });
});
