import type { EditorView } from "prosemirror-view";
import { createResource, onCleanup, Show } from "solid-js";
import { describeError } from "../api/describeError.ts";
import { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { bodyFromUpdate, decodeBase64Update } from "./bodyFromUpdate.ts";
import { createStaticView } from "./createEditorView.ts";

/** Props of the read-only view of a past version. */
export interface VersionPreviewProps {
  versionId: string;
  name: string;
  canRestore: boolean;
  onRestore: () => void;
  onClose: () => void;
}

/** Shows a past version read-only (from `versions.state`), with restore for editors. */
export function VersionPreview(props: VersionPreviewProps) {
  const { t } = useI18n();
  const [version] = createResource(
    () => props.versionId,
    async (versionId) => {
      const { state } = await api.versions.state.query({ versionId });
      return bodyFromUpdate(decodeBase64Update(state));
    },
  );

  let view: EditorView | undefined;
  onCleanup(() => view?.destroy());

  return (
    <Dialog
      wide
      title={t("editor.versionViewTitle", { name: props.name })}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t("common.close")}
          </button>
          <Show when={props.canRestore}>
            <button
              type="button"
              class="button button-primary"
              disabled={!version()}
              onClick={() => props.onRestore()}
            >
              {t("editor.versionRestore")}
            </button>
          </Show>
        </>
      }
    >
      <Show when={version.error}>
        {(error) => <ProblemMessage problem={describeError(error())} />}
      </Show>
      <Show when={version.loading}>
        <p>{t("common.loading")}</p>
      </Show>
      <Show when={version()}>
        {(doc) => (
          <div
            class="editor-page editor-page-preview"
            ref={(element) => {
              view?.destroy();
              view = createStaticView({
                mount: element,
                doc: doc(),
                label: () => t("editor.versionBody"),
              });
            }}
          />
        )}
      </Show>
    </Dialog>
  );
}
