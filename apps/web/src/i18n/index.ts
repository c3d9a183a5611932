// How translations are organised (read this before adding messages):
// - Each feature owns two dictionary files in this folder, e.g. `documents.zh-CN.ts` and
//   `documents.en.ts`. Keys are flat and start with the feature name: "documents.trash".
// - zh-CN is the source: `export const editorZhCN = { "editor.bold": "加粗" } as const
//   satisfies Dictionary;`. English is typed from it, so a missing key fails `tsc`:
//   `export const editorEn: Translation<typeof editorZhCN> = { "editor.bold": "Bold" };`
// - This file is the one place where dictionaries are merged: import both files and add
//   them to `zhCN` and `en` below (one line each). Nothing else needs to change.
// - In components: `const { t } = useI18n(); t("editor.bold")`, placeholders as
//   `t("auth.locked", { minutes: 10 })` for a message "… {minutes} 分钟 …".
import { authEn } from "./auth.en.ts";
import { authZhCN } from "./auth.zh-CN.ts";
import { commonEn } from "./common.en.ts";
import { commonZhCN } from "./common.zh-CN.ts";
import { departmentsEn } from "./departments.en.ts";
import { departmentsZhCN } from "./departments.zh-CN.ts";
import { documentsEn } from "./documents.en.ts";
import { documentsZhCN } from "./documents.zh-CN.ts";
import { editorEn } from "./editor.en.ts";
import { editorZhCN } from "./editor.zh-CN.ts";
import { errorsEn } from "./errors.en.ts";
import { errorsZhCN } from "./errors.zh-CN.ts";
import { type Locale, locale, setLocale } from "./locale.ts";
import { membersEn } from "./members.en.ts";
import { membersZhCN } from "./members.zh-CN.ts";
import { platformEn } from "./platform.en.ts";
import { platformZhCN } from "./platform.zh-CN.ts";
import type { MessageParams, Translation } from "./types.ts";
import { unitsEn } from "./units.en.ts";
import { unitsZhCN } from "./units.zh-CN.ts";

const zhCN = {
  ...commonZhCN,
  ...errorsZhCN,
  ...authZhCN,
  ...documentsZhCN,
  ...unitsZhCN,
  ...departmentsZhCN,
  ...membersZhCN,
  ...platformZhCN,
  ...editorZhCN,
} as const;

const en: Translation<typeof zhCN> = {
  ...commonEn,
  ...errorsEn,
  ...authEn,
  ...documentsEn,
  ...unitsEn,
  ...departmentsEn,
  ...membersEn,
  ...platformEn,
  ...editorEn,
};

/** Every message key the UI knows. */
export type MessageKey = keyof typeof zhCN;

/** Every message in every locale, keyed by locale. */
export const dictionaries: Record<Locale, Translation<typeof zhCN>> = {
  "zh-CN": zhCN,
  en,
};

/** Whether a string received at run time (e.g. from the API) is a known message key. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/** Translates a key into the current locale, filling `{name}` placeholders; reactive. */
export function t(key: MessageKey, params?: MessageParams): string {
  const message = dictionaries[locale()][key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The translation function and the locale switch, for components. */
export function useI18n() {
  return { t, locale, setLocale };
}

export { type Locale, locale, locales, setLocale } from "./locale.ts";
export type { Dictionary, MessageParams, Translation } from "./types.ts";
