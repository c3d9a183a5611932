import { createResource, createSignal, For, Show } from "solid-js";
import { describeError } from "../api/describeError.ts";
import { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";
import { ConfirmDialog } from "../ui/ConfirmDialog.tsx";
import { createAction } from "../ui/createAction.ts";
import { formatDateTime } from "../ui/formatDateTime.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextField } from "../ui/TextField.tsx";
import { VersionPreview } from "./VersionPreview.tsx";

/** Props of the version history side panel. */
export interface VersionPanelProps {
  documentId: string;
  /** Whether the member may save and restore versions (editors and the owner). */
  canEdit: boolean;
  onClose: () => void;
}

type VersionRow = Awaited<ReturnType<typeof api.versions.list.query>>[number];

/**
 * 历史版本: lists the versions (`versions.list`), saves a named one
 * (`versions.create`), shows one read-only (`versions.state`) and restores it after a
 * confirmation (`versions.restore`; the server applies it as a new change).
 */
export function VersionPanel(props: VersionPanelProps) {
  const { t, locale } = useI18n();
  const [versions, { refetch }] = createResource(
    () => props.documentId,
    (documentId) => api.versions.list.query({ documentId }),
  );
  const [name, setName] = createSignal("");
  const [viewing, setViewing] = createSignal<VersionRow>();
  const [restoring, setRestoring] = createSignal<VersionRow>();
  const [message, setMessage] = createSignal<string>();

  const create = createAction((versionName: string) =>
    api.versions.create.mutate({ documentId: props.documentId, name: versionName }),
  );
  const restore = createAction((versionId: string) =>
    api.versions.restore.mutate({ versionId }),
  );

  const nameOf = (version: VersionRow) => version.name || t("editor.versionAuto");
  const timeOf = (version: VersionRow) => formatDateTime(version.createdAt, locale());

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const versionName = name().trim();
    if (!versionName) return;

    await create.run(versionName);
    if (create.problem()) return;
    setName("");
    setMessage(t("editor.versionCreated"));
    void refetch();
  }

  async function confirmRestore(): Promise<void> {
    const version = restoring();
    if (!version) return;

    // `versions.restore` returns nothing, so success is the absence of a problem.
    await restore.run(version.id);
    if (restore.problem()) return;
    setRestoring(undefined);
    setViewing(undefined);
    setMessage(t("editor.versionRestored"));
    void refetch();
  }

  return (
    <aside class="version-panel" aria-label={t("editor.versions")}>
      <div class="version-panel-header">
        <h2>{t("editor.versions")}</h2>
        <button
          type="button"
          class="button button-small"
          aria-label={t("editor.versionsClose")}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </div>

      <Show when={props.canEdit}>
        <form class="version-create" onSubmit={save}>
          <TextField
            label={t("editor.versionName")}
            value={name()}
            maxLength={100}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <button
            type="submit"
            class="button button-primary"
            disabled={create.pending() || name().trim() === ""}
          >
            {t("editor.versionCreate")}
          </button>
          <ProblemMessage problem={create.problem()} />
        </form>
      </Show>

      <Show when={message()}>
        <p class="version-message" role="status">
          {message()}
        </p>
      </Show>
      <Show when={versions.error}>
        {(error) => <ProblemMessage problem={describeError(error())} />}
      </Show>
      <Show when={versions()?.length === 0}>
        <p>{t("editor.versionsEmpty")}</p>
      </Show>

      <ul class="version-list">
        <For each={versions()}>
          {(version) => (
            <li class="version-item">
              <span class="version-name">{nameOf(version)}</span>
              <span class="version-meta">
                {t("editor.versionMeta", {
                  name: version.createdByName ?? "",
                  time: timeOf(version),
                })}
              </span>
              <span class="version-actions">
                <button
                  type="button"
                  class="button button-small"
                  onClick={() => setViewing(version)}
                >
                  {t("editor.versionView")}
                </button>
                <Show when={props.canEdit}>
                  <button
                    type="button"
                    class="button button-small"
                    onClick={() => setRestoring(version)}
                  >
                    {t("editor.versionRestore")}
                  </button>
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>

      <Show when={viewing()}>
        {(version) => (
          <VersionPreview
            versionId={version().id}
            name={nameOf(version())}
            canRestore={props.canEdit}
            onRestore={() => setRestoring(version())}
            onClose={() => setViewing(undefined)}
          />
        )}
      </Show>
      <Show when={restoring()}>
        {(version) => (
          <ConfirmDialog
            title={t("editor.versionRestoreTitle")}
            confirmLabel={t("editor.versionRestore")}
            pending={restore.pending()}
            problem={restore.problem()}
            onConfirm={() => void confirmRestore()}
            onClose={() => setRestoring(undefined)}
          >
            <p>{t("editor.versionRestoreBody", { name: nameOf(version()) })}</p>
          </ConfirmDialog>
        )}
      </Show>
    </aside>
  );
}
