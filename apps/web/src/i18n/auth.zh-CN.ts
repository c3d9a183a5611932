import type { Dictionary } from "./types.ts";

/** Messages of sign-in, password change and the session. */
export const authZhCN = {
  "auth.signInTitle": "登录",
  "auth.signInSubtitle": "协同办公平台",
  "auth.phone": "手机号",
  "auth.password": "密码",
  "auth.signIn": "登录",
  "auth.signingIn": "正在登录…",
  "auth.changePasswordTitle": "修改密码",
  "auth.mustChangeNotice": "首次登录或密码已被重置，请设置新密码后继续。",
  "auth.currentPassword": "当前密码",
  "auth.newPassword": "新密码",
  "auth.repeatPassword": "再次输入新密码",
  "auth.passwordRule":
    "密码规则：8 到 128 位，同时包含英文字母和数字，且不能与当前密码相同。",
  "auth.passwordChanged": "密码已修改，其他设备上的登录已退出。",
  "auth.signOutEverywhereTitle": "退出所有设备",
  "auth.signOutEverywhereBody":
    "将退出你在所有设备和浏览器上的登录，包括当前这个。确定吗？",
} as const satisfies Dictionary;
