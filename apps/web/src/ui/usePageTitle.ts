import { createEffect } from "solid-js";
import { type MessageKey, t } from "../i18n/index.ts";

/** Names the browser tab after the page, in the current locale (WCAG 2.4.2 Page Titled). */
export function usePageTitle(key: MessageKey): void {
  createEffect(() => {
    document.title = `${t(key)} - ${t("common.appName")}`;
  });
}
