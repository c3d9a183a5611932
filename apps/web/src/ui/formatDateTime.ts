import type { Locale } from "../i18n/index.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

// One formatter per locale and time zone, for every date the app shows:
// "2026年12月3日 15:00" in zh-CN, 24-hour clock in both locales.
function formatterFor(locale: Locale, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A date and time as the whole app writes it (`2026年12月3日 15:00`); the API sends ISO
 * strings. `timeZone` is for tests; the browser's own zone applies otherwise.
 */
export function formatDateTime(
  value: string | Date | null | undefined,
  locale: Locale,
  timeZone?: string,
): string {
  if (!value) return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  return formatterFor(locale, timeZone).format(date);
}
