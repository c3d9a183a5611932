import { titleSchema } from "@xietong/shared";
import { createSignal, Show } from "solid-js";
import { api } from "../api/trpc.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { checkText } from "../ui/checkText.ts";
import { createAction } from "../ui/createAction.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";

/** Props of the document title with its inline rename. */
export interface DocumentTitleProps {
  documentId: string;
  title: string;
  /** Only the owner renames (`documents.rename` is owner-only). */
  canRename: boolean;
  onRenamed: (title: string) => void;
}

/** The document title; the owner renames it in place with `documents.rename`. */
export function DocumentTitle(props: DocumentTitleProps) {
  const { t } = useI18n();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal("");
  const [error, setError] = createSignal<MessageKey>();
  const rename = createAction((title: string) =>
    api.documents.rename.mutate({ id: props.documentId, title }),
  );

  function start(): void {
    setDraft(props.title);
    rename.clearProblem();
    setError(undefined);
    setEditing(true);
  }

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const title = draft().trim();
    if (title === props.title) {
      setEditing(false);
      return;
    }

    // The same schema and message as documents.create, before the round trip.
    const problem = checkText(titleSchema, title);
    setError(problem);
    if (problem) return;

    await rename.run(title);
    if (rename.problem()) return;
    props.onRenamed(title);
    setEditing(false);
  }

  return (
    <Show
      when={editing()}
      fallback={
        <div class="document-title">
          <h1 class="document-title-text" title={props.title}>
            {props.title || t("documents.untitled")}
          </h1>
          <Show when={props.canRename}>
            <button type="button" class="button button-small" onClick={start}>
              {t("editor.rename")}
            </button>
          </Show>
        </div>
      }
    >
      <form class="document-title" onSubmit={save} noValidate>
        <input
          class="input document-title-input"
          aria-label={t("editor.titleLabel")}
          value={draft()}
          maxLength={200}
          // Mounted on demand, so `autofocus` would not apply; select the old title instead.
          ref={(element) => requestAnimationFrame(() => element.select())}
          aria-invalid={error() ? "true" : undefined}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setError(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") setEditing(false);
          }}
        />
        <button type="submit" class="button button-primary" disabled={rename.pending()}>
          {t("editor.renameSave")}
        </button>
        <button type="button" class="button" onClick={() => setEditing(false)}>
          {t("common.cancel")}
        </button>
        <Show when={error() ?? rename.problem()?.fieldErrors.title}>
          {(key) => (
            <p class="problem" role="alert">
              {t(key())}
            </p>
          )}
        </Show>
        <Show when={!error() && !rename.problem()?.fieldErrors.title}>
          <ProblemMessage problem={rename.problem()} />
        </Show>
      </form>
    </Show>
  );
}
