import { createSignal, createUniqueId, For, Show } from "solid-js";
import { api } from "../api/trpc.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { flattenDepartments } from "../departments/flattenDepartments.ts";
import { useI18n } from "../i18n/index.ts";
import { createAction } from "../ui/createAction.ts";
import { createQuery } from "../ui/createQuery.ts";
import { Dialog } from "../ui/Dialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";

type PrincipalType = "member" | "department";
type ShareRole = "editor" | "commenter" | "viewer";

const shareRoles: readonly ShareRole[] = ["editor", "commenter", "viewer"];

interface ShareTarget {
  principalType: PrincipalType;
  principalId: string;
}

/** 共享: add members or departments at a role, change or remove current shares. */
export function ShareDialog(props: {
  document: { id: string; title: string };
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const ids = {
    kind: createUniqueId(),
    principal: createUniqueId(),
    role: createUniqueId(),
  };
  const shares = createQuery(() => api.documents.shares.query({ id: props.document.id }));
  const directory = createQuery(() => api.members.directory.query());
  const departments = createQuery(async () =>
    flattenDepartments(await api.departments.tree.query()),
  );
  const [kind, setKind] = createSignal<PrincipalType>("member");
  const [principalId, setPrincipalId] = createSignal("");
  const [role, setRole] = createSignal<ShareRole>("editor");

  const share = createAction(async (target: ShareTarget & { role: ShareRole }) => {
    await api.documents.share.mutate({ id: props.document.id, ...target });
    await shares.refresh();
  });
  const unshare = createAction(async (target: ShareTarget) => {
    await api.documents.unshare.mutate({ id: props.document.id, ...target });
    await shares.refresh();
  });

  const candidates = () =>
    kind() === "member"
      ? (directory.data() ?? [])
          .filter((member) => member.id !== me()?.member.id)
          .map((member) => ({ id: member.id, label: member.name }))
      : (departments.data() ?? []).map((department) => ({
          id: department.id,
          label: `${"　".repeat(department.depth)}${department.name}`,
        }));

  async function add(event: SubmitEvent) {
    event.preventDefault();
    if (!principalId()) return;
    await share.run({ principalType: kind(), principalId: principalId(), role: role() });
    if (!share.problem()) setPrincipalId("");
  }

  return (
    <Dialog
      title={t("documents.shareTitle", { title: props.document.title })}
      onClose={props.onClose}
      wide
      footer={
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t("common.close")}
        </button>
      }
    >
      <form class="share-add" onSubmit={add}>
        <div class="field">
          <label class="field-label" for={ids.kind}>
            {t("documents.shareKind")}
          </label>
          <select
            id={ids.kind}
            class="input"
            onChange={(event) => {
              setKind(event.currentTarget.value as PrincipalType);
              setPrincipalId("");
            }}
          >
            <option value="member" selected={kind() === "member"}>
              {t("documents.shareKind.member")}
            </option>
            <option value="department" selected={kind() === "department"}>
              {t("documents.shareKind.department")}
            </option>
          </select>
        </div>
        <div class="field field-grow">
          <label class="field-label" for={ids.principal}>
            {t("documents.shareWith")}
          </label>
          <select
            id={ids.principal}
            class="input"
            onChange={(event) => setPrincipalId(event.currentTarget.value)}
          >
            <option value="" selected={principalId() === ""}>
              {t("documents.pickPrincipal")}
            </option>
            <For each={candidates()}>
              {(candidate) => (
                <option value={candidate.id} selected={candidate.id === principalId()}>
                  {candidate.label}
                </option>
              )}
            </For>
          </select>
        </div>
        <div class="field">
          <label class="field-label" for={ids.role}>
            {t("documents.shareRole")}
          </label>
          <select
            id={ids.role}
            class="input"
            onChange={(event) => setRole(event.currentTarget.value as ShareRole)}
          >
            <For each={shareRoles}>
              {(option) => (
                <option value={option} selected={option === role()}>
                  {t(`documents.role.${option}`)}
                </option>
              )}
            </For>
          </select>
        </div>
        <button
          type="submit"
          class="button button-primary"
          disabled={share.pending() || !principalId()}
        >
          {t("documents.shareAdd")}
        </button>
      </form>
      <ProblemMessage
        problem={share.problem() ?? unshare.problem() ?? shares.problem()}
      />

      <h3 class="section-title">{t("documents.shareCurrent")}</h3>
      <Show
        when={(shares.data() ?? []).length > 0}
        fallback={<p class="muted">{t("documents.shareNone")}</p>}
      >
        <ul class="share-list">
          <For each={shares.data()}>
            {(current) => (
              <li class="share-item">
                <span class="share-name">{current.name}</span>
                <span class="tag">
                  {t(`documents.shareKind.${current.principalType}`)}
                </span>
                <select
                  class="input input-compact"
                  aria-label={t("documents.shareRoleOf", { name: current.name })}
                  onChange={(event) =>
                    void share.run({
                      principalType: current.principalType,
                      principalId: current.principalId,
                      role: event.currentTarget.value as ShareRole,
                    })
                  }
                >
                  <For each={shareRoles}>
                    {(option) => (
                      <option value={option} selected={option === current.role}>
                        {t(`documents.role.${option}`)}
                      </option>
                    )}
                  </For>
                </select>
                <button
                  type="button"
                  class="link-button link-danger"
                  aria-label={t("documents.shareRemoveNamed", { name: current.name })}
                  onClick={() =>
                    void unshare.run({
                      principalType: current.principalType,
                      principalId: current.principalId,
                    })
                  }
                >
                  {t("documents.shareRemove")}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Dialog>
  );
}
