import { useNavigate } from "@solidjs/router";
import { createSignal, createUniqueId, Show } from "solid-js";
import { api } from "../api/trpc.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { createAction } from "../ui/createAction.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextField } from "../ui/TextField.tsx";
import {
  type ImportPayload,
  readImportFile,
  titleFromFileName,
} from "./readImportFile.ts";

/** 导入: pasted text or an uploaded .txt/.html/.docx becomes a new document, then opens. */
export function ImportDocumentDialog(props: { onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const textId = createUniqueId();
  const fileId = createUniqueId();
  const [title, setTitle] = createSignal("");
  const [text, setText] = createSignal("");
  const [file, setFile] = createSignal<File>();
  const [error, setError] = createSignal<MessageKey>();
  const importDocument = createAction((payload: ImportPayload) =>
    api.documents.import.mutate(payload),
  );

  function chooseFile(chosen: File | undefined) {
    setFile(chosen);
    if (chosen && title().trim() === "") setTitle(titleFromFileName(chosen.name));
  }

  async function buildPayload(): Promise<ImportPayload | MessageKey> {
    // A chosen file wins over pasted text; the text box is disabled while one is chosen.
    const chosen = file();
    if (!chosen) {
      if (text().trim() === "") return "documents.importNothing";
      return { title: title().trim(), format: "text", content: text() };
    }
    const payload = await readImportFile(chosen);
    if (!payload) return "documents.importUnsupported";
    return { ...payload, title: title().trim() || payload.title };
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const payload = await buildPayload();
    if (typeof payload === "string") {
      setError(payload);
      return;
    }
    if (payload.title === "" || payload.title.length > 200) {
      setError("validation.title");
      return;
    }
    setError(undefined);

    const created = await importDocument.run(payload);
    if (created) navigate(`/documents/${created.id}`);
  }

  return (
    <Dialog title={t("documents.importTitle")} onClose={props.onClose} wide>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t("documents.docTitle")}
          value={title()}
          maxLength={200}
          onInput={(event) => setTitle(event.currentTarget.value)}
          error={importDocument.problem()?.fieldErrors.title}
        />
        <div class="field">
          <label class="field-label" for={textId}>
            {t("documents.importPaste")}
          </label>
          <textarea
            id={textId}
            class="input textarea"
            rows={10}
            value={text()}
            disabled={file() !== undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label class="field-label" for={fileId}>
            {t("documents.importFile")}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.text,.html,.htm,.docx"
            onChange={(event) => chooseFile(event.currentTarget.files?.[0])}
          />
          <Show when={file()}>
            {(chosen) => (
              <p class="field-hint">
                {t("documents.importFileChosen", { name: chosen().name })}
              </p>
            )}
          </Show>
        </div>
        <Show when={error()}>
          {(key) => (
            <p class="problem" role="alert">
              {t(key())}
            </p>
          )}
        </Show>
        <ProblemMessage problem={importDocument.problem()} />
        <div class="dialog-footer">
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t("common.cancel")}
          </button>
          <button
            type="submit"
            class="button button-primary"
            disabled={importDocument.pending()}
          >
            {t("documents.import")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
