import type { Department } from "@xietong/db";

/** A department with its sub-departments, as `departments.tree` returns it. */
export interface DepartmentNode {
  id: string;
  name: string;
  parentId: string | null;
  children: DepartmentNode[];
}

const byName = new Intl.Collator("zh-CN");

/**
 * Nests a unit's departments under their parents, each level in `sortOrder` and then
 * by name (pinyin order for Chinese names). A department whose parent is missing
 * becomes a root rather than disappearing.
 */
export function buildDepartmentTree(
  departments: readonly Department[],
): DepartmentNode[] {
  const ordered = [...departments].sort(
    (a, b) => a.sortOrder - b.sortOrder || byName.compare(a.name, b.name),
  );
  const nodes = new Map<string, DepartmentNode>();
  for (const { id, name, parentId } of ordered) {
    nodes.set(id, { id, name, parentId, children: [] });
  }

  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
