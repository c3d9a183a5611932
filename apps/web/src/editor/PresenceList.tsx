import { type Accessor, For } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import { avatarText } from "../ui/avatarText.ts";
import type { PresentUser } from "./presence.ts";

/** The avatars of the members in the document, the local member first and marked. */
export function PresenceList(props: { users: Accessor<PresentUser[]> }) {
  const { t } = useI18n();
  const labelOf = (user: PresentUser) =>
    user.isSelf ? t("editor.presenceSelf", { name: user.name }) : user.name;

  return (
    <ul class="editor-presence" aria-label={t("editor.presence")}>
      <For each={props.users()}>
        {(user) => (
          <li
            class="editor-avatar"
            style={{ "--avatar-color": user.color }}
            title={labelOf(user)}
          >
            <span aria-hidden="true">{avatarText(user.name)}</span>
            <span class="editor-visually-hidden">{labelOf(user)}</span>
          </li>
        )}
      </For>
    </ul>
  );
}
