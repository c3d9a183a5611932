import type { Dictionary } from "./types.ts";

/** Messages of the app shell and of controls shared by every page. */
export const commonZhCN = {
  "common.appName": "协同",
  "common.loading": "加载中…",
  "common.save": "保存",
  "common.cancel": "取消",
  "common.close": "关闭",
  "common.create": "新建",
  "common.edit": "编辑",
  "common.delete": "删除",
  "common.rename": "重命名",
  "common.actions": "操作",
  "common.notFound": "页面不存在",
  "common.backHome": "返回首页",
  "shell.navigation": "主导航",
  "shell.documents": "文档",
  "shell.unitAdmin": "单位管理",
  "shell.platformAdmin": "平台管理",
  "shell.language": "语言",
  "shell.accountMenu": "账号菜单",
  "shell.changePassword": "修改密码",
  "shell.signOut": "退出登录",
  "shell.signOutEverywhere": "退出所有设备",
  "shell.platform": "平台",
  "locale.zh-CN": "简体中文",
  "locale.en": "English",
} as const satisfies Dictionary;
