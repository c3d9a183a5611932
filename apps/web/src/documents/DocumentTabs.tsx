import { For } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import { type DocumentFilter, documentFilters } from "./documentFilters.ts";

/** The tabs 全部 / 我创建的 / 共享给我 / 回收站 above the document list. */
export function DocumentTabs(props: {
  current: DocumentFilter;
  /** The id of the tab panel the tabs control. */
  panelId: string;
  onSelect: (filter: DocumentFilter) => void;
}) {
  const { t } = useI18n();
  let list: HTMLDivElement | undefined;

  // WAI-ARIA tabs pattern: one tab in the Tab order, arrow keys move between tabs.
  function onKeyDown(event: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();

    const count = documentFilters.length;
    const index = documentFilters.indexOf(props.current);
    const next = documentFilters[(index + step + count) % count] ?? "all";
    props.onSelect(next);
    list?.querySelector<HTMLButtonElement>(`[data-filter="${next}"]`)?.focus();
  }

  return (
    <div
      ref={list}
      class="tabs"
      role="tablist"
      aria-label={t("documents.tabs")}
      onKeyDown={onKeyDown}
    >
      <For each={documentFilters}>
        {(filter) => (
          <button
            type="button"
            role="tab"
            class="tab"
            data-filter={filter}
            aria-selected={props.current === filter}
            aria-controls={props.panelId}
            tabIndex={props.current === filter ? 0 : -1}
            onClick={() => props.onSelect(filter)}
          >
            {t(`documents.filter.${filter}`)}
          </button>
        )}
      </For>
    </div>
  );
}
