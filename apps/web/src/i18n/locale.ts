import { createSignal } from "solid-js";

/** The locales the UI speaks; zh-CN comes first and is the default. */
export const locales = ["zh-CN", "en"] as const;

/** One of the UI locales. */
export type Locale = (typeof locales)[number];

const storageKey = "xietong.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

function readStoredLocale(): Locale {
  // Private browsing modes may throw on storage access; the default locale is fine then.
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

const [locale, setLocaleSignal] = createSignal<Locale>(readStoredLocale());

/** The current UI locale, as a reactive accessor. */
export { locale };

/** Switches the UI locale and remembers it in localStorage for the next visit. */
export function setLocale(next: Locale): void {
  setLocaleSignal(next);
  document.documentElement.lang = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Not remembered; the switch still applies to this tab.
  }
}
