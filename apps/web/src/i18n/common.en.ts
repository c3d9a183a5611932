import type { commonZhCN } from "./common.zh-CN.ts";
import type { Translation } from "./types.ts";

/** English messages of the app shell and shared controls. */
export const commonEn: Translation<typeof commonZhCN> = {
  "common.appName": "Xietong",
  "common.loading": "Loading…",
  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.close": "Close",
  "common.create": "New",
  "common.edit": "Edit",
  "common.delete": "Delete",
  "common.rename": "Rename",
  "common.actions": "Actions",
  "common.notFound": "Page not found",
  "common.backHome": "Back to the start page",
  "common.backToDocuments": "Back to the document list",
  "common.documentNotFound": "The document does not exist, or you have no access to it",
  "shell.navigation": "Main navigation",
  "shell.documents": "Documents",
  "shell.unitAdmin": "Unit admin",
  "shell.platformAdmin": "Platform admin",
  "shell.language": "Language",
  "shell.accountMenu": "Account menu",
  "shell.changePassword": "Change password",
  "shell.signOut": "Sign out",
  "shell.signOutEverywhere": "Sign out everywhere",
  "shell.platform": "Platform",
  "locale.zh-CN": "简体中文",
  "locale.en": "English",
};
