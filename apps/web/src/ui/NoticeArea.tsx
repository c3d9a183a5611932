import { For } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import { notices } from "./notices.ts";

/** Where `showNotice` confirmations appear; a polite live region for screen readers. */
export function NoticeArea() {
  const { t } = useI18n();
  return (
    <div class="notice-area" role="status" aria-live="polite">
      <For each={notices()}>
        {(notice) => <p class="toast">{t(notice.key, notice.params)}</p>}
      </For>
    </div>
  );
}
