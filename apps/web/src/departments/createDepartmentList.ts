import { api } from "../api/trpc.ts";
import { createQuery } from "../ui/createQuery.ts";
import { flattenDepartments } from "./flattenDepartments.ts";

/** The unit's departments, flattened depth-first for lists and selects. */
export function createDepartmentList() {
  return createQuery(async () => flattenDepartments(await api.departments.tree.query()));
}
