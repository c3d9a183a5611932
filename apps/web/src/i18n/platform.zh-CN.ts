import type { Dictionary } from "./types.ts";

/** Messages of the platform admin pages. */
export const platformZhCN = {
  "platform.title": "平台管理",
  "platform.units": "单位列表",
  "platform.newUnit": "新建单位",
  "platform.unitName": "单位名称",
  "platform.adminName": "管理员姓名",
  "platform.adminPhone": "管理员手机号",
  "platform.firstAdmin": "首位单位管理员",
  "platform.status": "状态",
  "platform.status.active": "正常",
  "platform.status.disabled": "已停用",
  "platform.memberCount": "成员数",
  "platform.createdAt": "创建时间",
  "platform.disable": "停用",
  "platform.enable": "启用",
  "platform.disableNamed": "停用 {name}",
  "platform.enableNamed": "启用 {name}",
  "platform.adminPasswordTitle": "单位管理员初始密码",
  "platform.adminPasswordBody":
    "单位“{name}”已创建。请把初始密码告知管理员，此密码只显示这一次。",
  "platform.empty": "还没有单位。",
} as const satisfies Dictionary;
