import type { Dictionary } from "./types.ts";

/** Messages of the unit admin pages: the tabs and the security settings. */
export const unitsZhCN = {
  "units.adminTitle": "单位管理",
  "units.sections": "管理分类",
  "units.departments": "部门",
  "units.members": "成员",
  "units.security": "安全设置",
  "units.sessionIdleMinutes": "空闲多久自动退出（分钟）",
  "units.sessionAbsoluteHours": "登录最长有效期（小时）",
  "units.lockoutFailures": "连续失败几次锁定账号",
  "units.lockoutWindowMinutes": "失败次数统计时间窗（分钟）",
  "units.lockoutMinutes": "锁定时长（分钟）",
  "units.settingsSaved": "设置已保存",
} as const satisfies Dictionary;
