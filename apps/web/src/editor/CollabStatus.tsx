import { type Accessor, Show } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import type { ConnectionState } from "./connectionState.ts";
import type { SaveState } from "./saveState.ts";

/** Props of the connection and save indicators. */
export interface CollabStatusProps {
  connection: Accessor<ConnectionState>;
  saveState: Accessor<SaveState>;
  readOnly: Accessor<boolean>;
}

/**
 * The connection state (连接状态), the save state (保存状态) and the 只读 badge. Each
 * indicator is a live status region named by what it reports and holding only the
 * state's text, so assistive technology and tests read exactly 已保存, 离线, ….
 */
export function CollabStatus(props: CollabStatusProps) {
  const { t } = useI18n();

  return (
    <div class="editor-status">
      <span
        role="status"
        aria-live="polite"
        aria-label={t("editor.connection")}
        class="editor-indicator"
        data-state={props.connection()}
      >
        {t(`editor.connection.${props.connection()}`)}
      </span>
      <Show when={props.connection() !== "forbidden"}>
        <span
          role="status"
          aria-live="polite"
          aria-label={t("editor.save")}
          class="editor-indicator"
          data-state={props.saveState()}
        >
          {t(`editor.save.${props.saveState()}`)}
        </span>
      </Show>
      {/* 无权访问 already says the body cannot change; 只读 beside it would repeat it. */}
      <Show when={props.readOnly() && props.connection() !== "forbidden"}>
        <span class="badge editor-read-only">{t("editor.readOnly")}</span>
      </Show>
    </div>
  );
}
