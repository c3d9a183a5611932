import type { Locale } from "../i18n/index.ts";

/** A date and time as people of the locale write it; the API sends ISO strings. */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale: Locale,
): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(date);
}
