import type { ErrorId } from "@xietong/shared";
import type { Dictionary } from "./types.ts";

/** Messages for API error ids (`error.<errorId>`) and client-side field checks. */
export const errorsZhCN = {
  "error.auth.invalidCredentials": "手机号或密码不正确",
  "error.auth.locked":
    "失败次数过多，账号已锁定，请 {minutes} 分钟后再试，或联系单位管理员解锁",
  "error.auth.lockedNoTime":
    "失败次数过多，账号已暂时锁定，请稍后再试，或联系单位管理员解锁",
  "error.auth.throttled": "尝试过于频繁，请稍后再试",
  "error.auth.required": "登录已失效，请重新登录",
  "error.auth.mustChangePassword": "请先修改初始密码",
  "error.auth.passwordTooWeak": "新密码强度不够",
  "error.auth.wrongPassword": "当前密码不正确",
  "error.auth.originRejected": "请求来源不被允许，请刷新页面后重试",
  "error.auth.memberDisabled": "该账号已停用，请联系单位管理员",
  "error.auth.unitDisabled": "所在单位已停用，请联系平台管理员",
  "error.access.forbidden": "没有权限执行此操作",
  "error.access.notFound": "内容不存在或已无权访问",
  "error.unit.nameTaken": "单位名称已被使用",
  "error.member.phoneTaken": "该手机号已被使用",
  "error.department.notEmpty": "部门下还有子部门或成员，不能删除",
  "error.document.trashed": "文档已在回收站中",
  "error.document.notTrashed": "文档不在回收站中",
  "error.document.importFailed": "无法读取该文件，请检查格式",
  "error.document.importTooLarge": "文件太大，无法导入",
  "error.member.cannotChangeSelf": "不能停用自己或修改自己的角色",
  "error.document.cannotShareWithOwner": "不能共享给文档的所有者",
  "error.auth.samePassword": "新密码不能与当前密码相同",
  "error.validation.failed": "请检查填写的内容",
  "error.internal": "服务器出错了，请稍后再试",
  "error.generic": "操作失败，请稍后再试",
  "error.network": "无法连接服务器，请检查网络",
  "validation.required": "请填写此项",
  "validation.phone": "请输入 11 位手机号",
  "validation.passwordMismatch": "两次输入的新密码不一致",
  "validation.passwordRule": "8 到 128 位，且同时包含英文字母和数字",
  "validation.title": "请输入 1 到 200 个字的标题",
  "validation.invalid": "格式不正确",
  "validation.orgName": "请输入 1 到 100 个字的名称",
  "validation.personName": "请输入 1 到 50 个字的姓名",
  "validation.forbiddenCharacters":
    "不能包含控制字符或文字方向控制字符（如换行、制表符）",
} as const satisfies Dictionary & Record<`error.${ErrorId}`, string>;
