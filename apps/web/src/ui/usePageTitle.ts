import { createEffect } from "solid-js";
import { type MessageKey, t } from "../i18n/index.ts";

/**
 * Names the browser tab after the page, in the current locale (WCAG 2.4.2 Page Titled):
 * a message key for a page with a fixed name, or a function for a name that changes,
 * such as a document's title.
 */
export function usePageTitle(name: MessageKey | (() => string | undefined)): void {
  createEffect(() => {
    const text = typeof name === "function" ? name() : t(name);
    document.title = text ? `${text} - ${t("common.appName")}` : t("common.appName");
  });
}
