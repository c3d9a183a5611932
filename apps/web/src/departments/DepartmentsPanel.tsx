import { orgNameSchema } from "@xietong/shared";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";
import { ConfirmDialog } from "../ui/ConfirmDialog.tsx";
import { createAction } from "../ui/createAction.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextPromptDialog } from "../ui/TextPromptDialog.tsx";
import { createDepartmentList } from "./createDepartmentList.ts";
import "./departments.css";
import type { DepartmentLine } from "./flattenDepartments.ts";

/** The longest department name the API accepts. */
const maxNameLength = 100;

type OpenDialog =
  | { kind: "create"; parent: DepartmentLine | null }
  | { kind: "rename"; department: DepartmentLine }
  | { kind: "delete"; department: DepartmentLine };

/** 部门: the department tree with create, rename and delete. */
export function DepartmentsPanel() {
  const { t } = useI18n();
  const departments = createDepartmentList();
  const [dialog, setDialog] = createSignal<OpenDialog>();
  const create = createAction((name: string, parentId: string | null) =>
    api.departments.create.mutate({ name, parentId }),
  );
  const rename = createAction((id: string, name: string) =>
    api.departments.rename.mutate({ id, name }),
  );
  const remove = createAction((id: string) => api.departments.delete.mutate({ id }));

  function openDialog(next: OpenDialog) {
    for (const action of [create, rename, remove]) action.clearProblem();
    setDialog(next);
  }

  // Runs a dialog's action; the dialog stays open with its error when it fails.
  async function finish(action: { problem: () => unknown }, run: () => Promise<unknown>) {
    await run();
    if (action.problem()) return;
    setDialog(undefined);
    await departments.refresh();
  }

  const open = <K extends OpenDialog["kind"]>(kind: K) => {
    const current = dialog();
    return current?.kind === kind
      ? (current as Extract<OpenDialog, { kind: K }>)
      : undefined;
  };

  return (
    <div class="panel">
      <div class="panel-toolbar">
        <h2 class="section-title">{t("departments.tree")}</h2>
        <button
          type="button"
          class="button button-primary"
          onClick={() => openDialog({ kind: "create", parent: null })}
        >
          {t("departments.new")}
        </button>
      </div>
      <ProblemMessage problem={departments.problem()} />
      <Show
        when={(departments.data() ?? []).length > 0}
        fallback={
          <p class="empty">
            {departments.loading() ? t("common.loading") : t("departments.empty")}
          </p>
        }
      >
        <ul class="tree" aria-label={t("departments.tree")}>
          <For each={departments.data()}>
            {(department) => (
              <li
                class="tree-item"
                style={{ "padding-left": `${department.depth * 24 + 12}px` }}
              >
                <span class="tree-name">{department.name}</span>
                <span class="tree-actions">
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t("departments.addChildOf", { name: department.name })}
                    onClick={() => openDialog({ kind: "create", parent: department })}
                  >
                    {t("departments.addChild")}
                  </button>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t("departments.renameNamed", { name: department.name })}
                    onClick={() => openDialog({ kind: "rename", department })}
                  >
                    {t("common.rename")}
                  </button>
                  <button
                    type="button"
                    class="link-button link-danger"
                    aria-label={t("departments.deleteNamed", { name: department.name })}
                    onClick={() => openDialog({ kind: "delete", department })}
                  >
                    {t("common.delete")}
                  </button>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>

      <Switch>
        <Match when={open("create")}>
          {(current) => (
            <TextPromptDialog
              title={
                current().parent
                  ? t("departments.newChild", { name: current().parent?.name ?? "" })
                  : t("departments.new")
              }
              label={t("departments.name")}
              maxLength={maxNameLength}
              schema={orgNameSchema}
              fieldName="name"
              submitLabel={t("common.create")}
              pending={create.pending()}
              problem={create.problem()}
              onSubmit={(name) =>
                void finish(create, () => create.run(name, current().parent?.id ?? null))
              }
              onClose={() => setDialog(undefined)}
            />
          )}
        </Match>
        <Match when={open("rename")}>
          {(current) => (
            <TextPromptDialog
              title={t("departments.renameTitle")}
              label={t("departments.name")}
              initialValue={current().department.name}
              maxLength={maxNameLength}
              schema={orgNameSchema}
              fieldName="name"
              submitLabel={t("common.save")}
              pending={rename.pending()}
              problem={rename.problem()}
              onSubmit={(name) =>
                void finish(rename, () => rename.run(current().department.id, name))
              }
              onClose={() => setDialog(undefined)}
            />
          )}
        </Match>
        <Match when={open("delete")}>
          {(current) => (
            <ConfirmDialog
              title={t("departments.deleteTitle")}
              confirmLabel={t("common.delete")}
              danger
              pending={remove.pending()}
              problem={remove.problem()}
              onConfirm={() =>
                void finish(remove, () => remove.run(current().department.id))
              }
              onClose={() => setDialog(undefined)}
            >
              <p>{t("departments.deleteBody", { name: current().department.name })}</p>
            </ConfirmDialog>
          )}
        </Match>
      </Switch>
    </div>
  );
}
