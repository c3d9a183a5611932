import type { Dictionary } from "./types.ts";

/** Messages of the department tree. */
export const departmentsZhCN = {
  "departments.tree": "部门结构",
  "departments.new": "新建部门",
  "departments.newChild": "在“{name}”下新建部门",
  "departments.name": "部门名称",
  "departments.none": "未分配部门",
  "departments.renameTitle": "重命名部门",
  "departments.deleteTitle": "删除部门",
  "departments.deleteBody": "确定删除部门“{name}”吗？",
  "departments.addChild": "添加子部门",
  "departments.addChildOf": "为“{name}”添加子部门",
  "departments.renameNamed": "重命名“{name}”",
  "departments.deleteNamed": "删除“{name}”",
  "departments.empty": "还没有部门。",
} as const satisfies Dictionary;
