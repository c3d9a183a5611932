import { For } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import { type DocumentFilter, documentFilters } from "./documentFilters.ts";

/** The tabs 全部 / 我创建的 / 共享给我 / 回收站 above the document list. */
export function DocumentTabs(props: {
  current: DocumentFilter;
  onSelect: (filter: DocumentFilter) => void;
}) {
  const { t } = useI18n();

  return (
    <div class="tabs" role="tablist" aria-label={t("documents.tabs")}>
      <For each={documentFilters}>
        {(filter) => (
          <button
            type="button"
            role="tab"
            class="tab"
            aria-selected={props.current === filter}
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
