import { useNavigate, useSearchParams } from "@solidjs/router";
import { titleSchema } from "@xietong/shared";
import { createSignal, createUniqueId, Match, Show, Switch } from "solid-js";
import { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";
import { ConfirmDialog } from "../ui/ConfirmDialog.tsx";
import { createAction } from "../ui/createAction.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextPromptDialog } from "../ui/TextPromptDialog.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";
import { createDocumentList, type DocumentSummary } from "./createDocumentList.ts";
import { type DocumentAction, DocumentTable } from "./DocumentTable.tsx";
import { DocumentTabs } from "./DocumentTabs.tsx";
import { type DocumentFilter, parseDocumentFilter } from "./documentFilters.ts";
import { ImportDocumentDialog } from "./ImportDocumentDialog.tsx";
import { ShareDialog } from "./ShareDialog.tsx";

/** The longest title `documents.create` and `documents.rename` accept. */
const maxTitleLength = 200;

type OpenDialog =
  | { kind: "create" }
  | { kind: "import" }
  | { kind: "rename" | "share" | "trash" | "deleteForever"; document: DocumentSummary };

/** 文档: the four lists, and creating, importing, renaming, sharing and trashing documents. */
export function DocumentsPage() {
  usePageTitle("documents.title");
  const { t } = useI18n();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const filter = () => parseDocumentFilter(search.filter);
  const list = createDocumentList(filter);
  const [dialog, setDialog] = createSignal<OpenDialog>();
  const panelId = createUniqueId();

  const create = createAction((title: string) => api.documents.create.mutate({ title }));
  const rename = createAction((id: string, title: string) =>
    api.documents.rename.mutate({ id, title }),
  );
  const trash = createAction((id: string) => api.documents.trash.mutate({ id }));
  const restore = createAction((id: string) => api.documents.restore.mutate({ id }));
  const deleteForever = createAction((id: string) =>
    api.documents.deleteForever.mutate({ id }),
  );

  const rowProblem = () => restore.problem();
  const closeDialog = () => setDialog(undefined);

  function openDialog(next: OpenDialog) {
    for (const action of [create, rename, trash, deleteForever]) action.clearProblem();
    setDialog(next);
  }
  const selectFilter = (next: DocumentFilter) =>
    setSearch({ filter: next === "all" ? undefined : next });

  async function onAction(action: DocumentAction, document: DocumentSummary) {
    switch (action) {
      case "rename":
      case "share":
      case "trash":
      case "deleteForever":
        openDialog({ kind: action, document });
        return;
      case "restore":
        await restore.run(document.id);
        if (!restore.problem()) await list.refresh();
        return;
    }
  }

  async function submitCreate(title: string) {
    const created = await create.run(title);
    if (created) navigate(`/documents/${created.id}`);
  }

  async function submitRename(document: DocumentSummary, title: string) {
    await rename.run(document.id, title);
    if (rename.problem()) return;
    closeDialog();
    await list.refresh();
  }

  async function confirmTrash(document: DocumentSummary) {
    await trash.run(document.id);
    if (trash.problem()) return;
    closeDialog();
    await list.refresh();
  }

  async function confirmDeleteForever(document: DocumentSummary) {
    await deleteForever.run(document.id);
    if (deleteForever.problem()) return;
    closeDialog();
    await list.refresh();
  }

  return (
    <section class="page">
      <header class="page-header">
        <h1 class="page-title">{t("documents.title")}</h1>
        <div class="page-actions">
          <button
            type="button"
            class="button"
            onClick={() => openDialog({ kind: "import" })}
          >
            {t("documents.import")}
          </button>
          <button
            type="button"
            class="button button-primary"
            onClick={() => openDialog({ kind: "create" })}
          >
            {t("documents.new")}
          </button>
        </div>
      </header>

      <DocumentTabs current={filter()} panelId={panelId} onSelect={selectFilter} />
      <div
        id={panelId}
        class="panel"
        role="tabpanel"
        aria-label={t(`documents.filter.${filter()}`)}
      >
        <ProblemMessage problem={rowProblem() ?? list.problem()} />
        <Show when={list.data()} fallback={<p class="muted">{t("common.loading")}</p>}>
          {(documents) => (
            <Show
              when={documents().length > 0}
              fallback={
                <p class="empty">
                  {filter() === "trash"
                    ? t("documents.emptyTrash")
                    : t("documents.emptyAll")}
                </p>
              }
            >
              <DocumentTable
                documents={documents()}
                inTrash={filter() === "trash"}
                onAction={onAction}
              />
            </Show>
          )}
        </Show>
      </div>

      <Switch>
        <Match when={dialog()?.kind === "create"}>
          <TextPromptDialog
            title={t("documents.new")}
            {...titleField()}
            submitLabel={t("common.create")}
            pending={create.pending()}
            problem={create.problem()}
            onSubmit={(title) => void submitCreate(title)}
            onClose={closeDialog}
          />
        </Match>
        <Match when={dialog()?.kind === "import"}>
          <ImportDocumentDialog onClose={closeDialog} />
        </Match>
        <Match when={openWith("rename")}>
          {(document) => (
            <TextPromptDialog
              title={t("documents.renameTitle")}
              {...titleField()}
              initialValue={document().title}
              submitLabel={t("common.save")}
              pending={rename.pending()}
              problem={rename.problem()}
              onSubmit={(title) => void submitRename(document(), title)}
              onClose={closeDialog}
            />
          )}
        </Match>
        <Match when={openWith("share")}>
          {(document) => <ShareDialog document={document()} onClose={closeDialog} />}
        </Match>
        <Match when={openWith("trash")}>
          {(document) => (
            <ConfirmDialog
              title={t("documents.moveToTrashTitle")}
              confirmLabel={t("documents.moveToTrash")}
              danger
              pending={trash.pending()}
              problem={trash.problem()}
              onConfirm={() => void confirmTrash(document())}
              onClose={closeDialog}
            >
              <p>{t("documents.moveToTrashBody", { title: document().title })}</p>
            </ConfirmDialog>
          )}
        </Match>
        <Match when={openWith("deleteForever")}>
          {(document) => (
            <ConfirmDialog
              title={t("documents.deleteForeverTitle")}
              confirmLabel={t("documents.deleteForever")}
              danger
              pending={deleteForever.pending()}
              problem={deleteForever.problem()}
              onConfirm={() => void confirmDeleteForever(document())}
              onClose={closeDialog}
            >
              <p>{t("documents.deleteForeverBody", { title: document().title })}</p>
            </ConfirmDialog>
          )}
        </Match>
      </Switch>
    </section>
  );

  function titleField() {
    return {
      label: t("documents.docTitle"),
      maxLength: maxTitleLength,
      schema: titleSchema,
      fieldName: "title",
    } as const;
  }

  function openWith(
    kind: "rename" | "share" | "trash" | "deleteForever",
  ): DocumentSummary | undefined {
    const open = dialog();
    return open?.kind === kind && "document" in open ? open.document : undefined;
  }
}
