import { For, Show } from "solid-js";
import type { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";

/** One row of `members.list`. */
export type Member = Awaited<ReturnType<typeof api.members.list.query>>[number];

/** What a row's buttons ask the panel to do. */
export type MemberAction = "edit" | "toggleStatus" | "unlock" | "resetPassword";

/** The unit's members with their department, role and status, and per-row actions. */
export function MemberTable(props: {
  members: readonly Member[];
  departmentName: (id: string | null) => string;
  /** The signed-in admin, who may not disable themselves (the API refuses it). */
  selfId: string | undefined;
  onAction: (action: MemberAction, member: Member) => void;
}) {
  const { t } = useI18n();
  const isLocked = (member: Member) =>
    member.lockedUntil !== null && new Date(member.lockedUntil).getTime() > Date.now();
  // A disabled member cannot sign in anyway, so only an active one shows as locked.
  const locked = (member: Member) => member.status === "active" && isLocked(member);

  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t("members.name")}</th>
          <th scope="col">{t("members.phone")}</th>
          <th scope="col">{t("members.department")}</th>
          <th scope="col">{t("members.role")}</th>
          <th scope="col">{t("members.status")}</th>
          <th scope="col" class="table-actions">
            {t("common.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.members}>
          {(member) => (
            <tr>
              <td>{member.name}</td>
              <td class="table-mono">{member.phone}</td>
              <td>{props.departmentName(member.departmentId)}</td>
              <td>{t(`members.role.${member.role}`)}</td>
              <td>
                <Show
                  when={locked(member)}
                  fallback={
                    <span
                      class="tag"
                      classList={{ "tag-muted": member.status === "disabled" }}
                    >
                      {t(`members.status.${member.status}`)}
                    </span>
                  }
                >
                  <span class="tag tag-warning">{t("members.locked")}</span>
                </Show>
                <Show when={member.status === "active" && member.mustChangePassword}>
                  <span class="tag tag-muted">{t("members.mustChangePassword")}</span>
                </Show>
              </td>
              <td class="table-actions">
                <button
                  type="button"
                  class="link-button"
                  aria-label={t("members.editNamed", { name: member.name })}
                  onClick={() => props.onAction("edit", member)}
                >
                  {t("common.edit")}
                </button>
                <Show when={locked(member)}>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t("members.unlockNamed", { name: member.name })}
                    onClick={() => props.onAction("unlock", member)}
                  >
                    {t("members.unlock")}
                  </button>
                </Show>
                <Show when={member.id !== props.selfId}>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t(
                      member.status === "active"
                        ? "members.disableNamed"
                        : "members.enableNamed",
                      { name: member.name },
                    )}
                    onClick={() => props.onAction("toggleStatus", member)}
                  >
                    {member.status === "active"
                      ? t("members.disable")
                      : t("members.enable")}
                  </button>
                </Show>
                <button
                  type="button"
                  class="link-button"
                  aria-label={t("members.resetPasswordNamed", { name: member.name })}
                  onClick={() => props.onAction("resetPassword", member)}
                >
                  {t("members.resetPassword")}
                </button>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
