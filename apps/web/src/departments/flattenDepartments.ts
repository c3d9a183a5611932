/** A department as the API sends it: nested through `children`, or flat with `parentId`. */
export interface DepartmentNode {
  readonly id: string;
  readonly name: string;
  readonly parentId?: string | null;
  readonly children?: readonly DepartmentNode[];
}

/** A department placed for display: depth 0 is a top-level department. */
export interface DepartmentLine {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly depth: number;
}

function fromNested(
  nodes: readonly DepartmentNode[],
  parentId: string | null,
  depth: number,
  lines: DepartmentLine[],
): void {
  for (const node of nodes) {
    lines.push({ id: node.id, name: node.name, parentId, depth });
    fromNested(node.children ?? [], node.id, depth + 1, lines);
  }
}

/**
 * Orders departments depth-first, each under its parent, keeping sibling order. A flat
 * list whose parent is missing keeps the orphan at the top level rather than hiding it.
 */
export function flattenDepartments(nodes: readonly DepartmentNode[]): DepartmentLine[] {
  const lines: DepartmentLine[] = [];
  if (nodes.some((node) => node.children !== undefined)) {
    fromNested(nodes, null, 0, lines);
    return lines;
  }

  const ids = new Set(nodes.map((node) => node.id));
  const childrenOf = new Map<string | null, DepartmentNode[]>();
  for (const node of nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), node]);
  }

  const visit = (parentId: string | null, depth: number) => {
    for (const node of childrenOf.get(parentId) ?? []) {
      lines.push({ id: node.id, name: node.name, parentId, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return lines;
}
