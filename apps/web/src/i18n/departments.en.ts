import type { departmentsZhCN } from "./departments.zh-CN.ts";
import type { Translation } from "./types.ts";

/** English messages of the department tree. */
export const departmentsEn: Translation<typeof departmentsZhCN> = {
  "departments.tree": "Departments",
  "departments.new": "New department",
  "departments.newChild": "New department under “{name}”",
  "departments.name": "Department name",
  "departments.none": "No department",
  "departments.renameTitle": "Rename department",
  "departments.deleteTitle": "Delete department",
  "departments.deleteBody": "Delete the department “{name}”?",
  "departments.addChild": "Add sub-department",
  "departments.addChildOf": "Add a sub-department to “{name}”",
  "departments.renameNamed": "Rename “{name}”",
  "departments.deleteNamed": "Delete “{name}”",
  "departments.empty": "No departments yet.",
};
