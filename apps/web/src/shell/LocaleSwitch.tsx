import { For } from "solid-js";
import { type Locale, locales, useI18n } from "../i18n/index.ts";

/** A select that switches the UI language; the choice is remembered. */
export function LocaleSwitch() {
  const { t, locale, setLocale } = useI18n();

  return (
    <select
      class="locale-switch"
      aria-label={t("shell.language")}
      onChange={(event) => setLocale(event.currentTarget.value as Locale)}
    >
      <For each={locales}>
        {(option) => (
          <option value={option} selected={option === locale()}>
            {t(`locale.${option}`)}
          </option>
        )}
      </For>
    </select>
  );
}
