import type { Dictionary } from "./types.ts";

/** Messages of the member list and member dialogs. */
export const membersZhCN = {
  "members.list": "成员列表",
  "members.new": "新建成员",
  "members.name": "姓名",
  "members.phone": "手机号",
  "members.department": "部门",
  "members.role": "角色",
  "members.role.member": "普通成员",
  "members.role.unit_admin": "单位管理员",
  "members.status": "状态",
  "members.status.active": "正常",
  "members.status.disabled": "已停用",
  "members.editTitle": "编辑成员",
  "members.disable": "停用",
  "members.enable": "启用",
  "members.resetPassword": "重置密码",
  "members.resetPasswordTitle": "重置密码",
  "members.resetPasswordBody": "将为“{name}”生成新的初始密码，其所有登录将退出。确定吗？",
  "members.editNamed": "编辑 {name}",
  "members.disableNamed": "停用 {name}",
  "members.enableNamed": "启用 {name}",
  "members.resetPasswordNamed": "重置 {name} 的密码",
  "members.defaultPasswordTitle": "初始密码",
  "members.defaultPasswordBody":
    "请把初始密码告知“{name}”。此密码只显示这一次，首次登录后需修改。",
  "members.defaultPassword": "初始密码",
  "members.copy": "复制",
  "members.copied": "已复制",
  "members.empty": "还没有成员。",
} as const satisfies Dictionary;
