import { createSignal, createUniqueId, For } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import {
  type PrincipalType,
  type ShareCandidate,
  type ShareRole,
  type ShareTarget,
  shareRoles,
} from "./shareTypes.ts";

/** Picks a member or department and a role, and adds the share. */
export function ShareAddForm(props: {
  candidates: (kind: PrincipalType) => readonly ShareCandidate[];
  pending: boolean;
  /** Resolves to whether the share was added, so the pick can be cleared. */
  onAdd: (target: ShareTarget & { role: ShareRole }) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const ids = {
    kind: createUniqueId(),
    principal: createUniqueId(),
    role: createUniqueId(),
  };
  const [kind, setKind] = createSignal<PrincipalType>("member");
  const [principalId, setPrincipalId] = createSignal("");
  const [role, setRole] = createSignal<ShareRole>("editor");

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!principalId()) return;
    const added = await props.onAdd({
      principalType: kind(),
      principalId: principalId(),
      role: role(),
    });
    if (added) setPrincipalId("");
  }

  // Options carry `selected` rather than the select a `value`: options rendered after
  // the value is set would otherwise leave the first one chosen.
  return (
    <form class="share-add" onSubmit={submit}>
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
          <For each={props.candidates(kind())}>
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
                {t(`documents.shareRole.${option}`)}
              </option>
            )}
          </For>
        </select>
      </div>
      <button
        type="submit"
        class="button button-primary"
        disabled={props.pending || !principalId()}
      >
        {t("documents.shareAdd")}
      </button>
    </form>
  );
}
