import { createSignal, Match, Show, Switch } from "solid-js";
import { api } from "../api/trpc.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { createDepartmentList } from "../departments/createDepartmentList.ts";
import { useI18n } from "../i18n/index.ts";
import { ConfirmDialog } from "../ui/ConfirmDialog.tsx";
import { createAction } from "../ui/createAction.ts";
import { createQuery } from "../ui/createQuery.ts";
import { OneTimePasswordDialog } from "../ui/OneTimePasswordDialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { MemberDialog, type MemberForm } from "./MemberDialog.tsx";
import { type Member, type MemberAction, MemberTable } from "./MemberTable.tsx";

type OpenDialog =
  | { kind: "create" }
  | { kind: "edit"; member: Member }
  | { kind: "resetPassword"; member: Member }
  | { kind: "password"; name: string; password: string };

/**
 * 成员: the unit's members with create, edit, disable/enable, unlock after failed
 * sign-ins and password reset.
 */
export function MembersPanel() {
  const { t } = useI18n();
  const { me } = useSession();
  const members = createQuery(() => api.members.list.query());
  const departments = createDepartmentList();
  const [dialog, setDialog] = createSignal<OpenDialog>();

  const create = createAction((form: MemberForm) => api.members.create.mutate(form));
  const update = createAction((id: string, form: MemberForm) =>
    api.members.update.mutate({
      id,
      name: form.name,
      departmentId: form.departmentId,
      role: form.role,
    }),
  );
  const setStatus = createAction((id: string, status: "active" | "disabled") =>
    api.members.setStatus.mutate({ id, status }),
  );
  const unlock = createAction((id: string) => api.members.unlock.mutate({ id }));
  const resetPassword = createAction((id: string) =>
    api.members.resetPassword.mutate({ id }),
  );

  const departmentName = (id: string | null) =>
    departments.data()?.find((department) => department.id === id)?.name ?? "";

  function openDialog(next: OpenDialog) {
    for (const action of [create, update, resetPassword]) action.clearProblem();
    setDialog(next);
  }

  const open = <K extends OpenDialog["kind"]>(kind: K) => {
    const current = dialog();
    return current?.kind === kind
      ? (current as Extract<OpenDialog, { kind: K }>)
      : undefined;
  };

  async function submitCreate(form: MemberForm) {
    const created = await create.run(form);
    if (!created) return;
    setDialog({ kind: "password", name: form.name, password: created.defaultPassword });
    await members.refresh();
  }

  async function submitEdit(member: Member, form: MemberForm) {
    await update.run(member.id, form);
    if (update.problem()) return;
    setDialog(undefined);
    await members.refresh();
  }

  async function confirmReset(member: Member) {
    const reset = await resetPassword.run(member.id);
    if (!reset) return;
    setDialog({ kind: "password", name: member.name, password: reset.defaultPassword });
  }

  function onAction(action: MemberAction, member: Member) {
    if (action === "toggleStatus") void toggleStatus(member);
    else if (action === "unlock") void unlockMember(member);
    else openDialog({ kind: action, member });
  }

  async function toggleStatus(member: Member) {
    await setStatus.run(member.id, member.status === "active" ? "disabled" : "active");
    if (!setStatus.problem()) await members.refresh();
  }

  async function unlockMember(member: Member) {
    await unlock.run(member.id);
    if (!unlock.problem()) await members.refresh();
  }

  return (
    <div class="panel">
      <div class="panel-toolbar">
        <h2 class="section-title">{t("members.list")}</h2>
        <button
          type="button"
          class="button button-primary"
          onClick={() => openDialog({ kind: "create" })}
        >
          {t("members.new")}
        </button>
      </div>
      <ProblemMessage
        problem={members.problem() ?? setStatus.problem() ?? unlock.problem()}
      />
      <Show
        when={(members.data() ?? []).length > 0}
        fallback={
          <p class="empty">
            {members.loading() ? t("common.loading") : t("members.empty")}
          </p>
        }
      >
        <MemberTable
          members={members.data() ?? []}
          departmentName={departmentName}
          selfId={me()?.member.id}
          onAction={onAction}
        />
      </Show>

      <Switch>
        <Match when={open("create")}>
          <MemberDialog
            title={t("members.new")}
            departments={departments.data() ?? []}
            pending={create.pending()}
            problem={create.problem()}
            onSubmit={(form) => void submitCreate(form)}
            onClose={() => setDialog(undefined)}
          />
        </Match>
        <Match when={open("edit")}>
          {(current) => (
            <MemberDialog
              title={t("members.editTitle")}
              initial={{
                name: current().member.name,
                phone: current().member.phone,
                departmentId: current().member.departmentId,
                role: current().member.role,
              }}
              departments={departments.data() ?? []}
              pending={update.pending()}
              problem={update.problem()}
              onSubmit={(form) => void submitEdit(current().member, form)}
              onClose={() => setDialog(undefined)}
            />
          )}
        </Match>
        <Match when={open("resetPassword")}>
          {(current) => (
            <ConfirmDialog
              title={t("members.resetPasswordTitle")}
              confirmLabel={t("members.resetPassword")}
              danger
              pending={resetPassword.pending()}
              problem={resetPassword.problem()}
              onConfirm={() => void confirmReset(current().member)}
              onClose={() => setDialog(undefined)}
            >
              <p>{t("members.resetPasswordBody", { name: current().member.name })}</p>
            </ConfirmDialog>
          )}
        </Match>
        <Match when={open("password")}>
          {(current) => (
            <OneTimePasswordDialog
              title={t("members.defaultPasswordTitle")}
              explanation={t("members.defaultPasswordBody", { name: current().name })}
              password={current().password}
              onClose={() => setDialog(undefined)}
            />
          )}
        </Match>
      </Switch>
    </div>
  );
}
