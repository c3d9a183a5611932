import { For, Show } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import {
  type PrincipalType,
  type ShareRole,
  type ShareTarget,
  shareRoles,
} from "./shareTypes.ts";

/** One current share, as `documents.shares` lists it. */
export interface CurrentShare {
  principalType: PrincipalType;
  principalId: string;
  name: string;
  role: ShareRole;
}

/** The current shares, each with its role to change and a remove button. */
export function ShareList(props: {
  shares: readonly CurrentShare[];
  onChangeRole: (target: ShareTarget, role: ShareRole) => void;
  onRemove: (target: ShareTarget) => void;
}) {
  const { t } = useI18n();
  const targetOf = (share: CurrentShare): ShareTarget => ({
    principalType: share.principalType,
    principalId: share.principalId,
  });

  return (
    <Show
      when={props.shares.length > 0}
      fallback={<p class="muted">{t("documents.shareNone")}</p>}
    >
      <ul class="share-list">
        <For each={props.shares}>
          {(share) => (
            <li class="share-item">
              <span class="share-name">{share.name}</span>
              <span class="tag">{t(`documents.shareKind.${share.principalType}`)}</span>
              <select
                class="input input-compact"
                aria-label={t("documents.shareRoleOf", { name: share.name })}
                onChange={(event) =>
                  props.onChangeRole(
                    targetOf(share),
                    event.currentTarget.value as ShareRole,
                  )
                }
              >
                <For each={shareRoles}>
                  {(option) => (
                    <option value={option} selected={option === share.role}>
                      {t(`documents.shareRole.${option}`)}
                    </option>
                  )}
                </For>
              </select>
              <button
                type="button"
                class="link-button link-danger"
                aria-label={t("documents.shareRemoveNamed", { name: share.name })}
                onClick={() => props.onRemove(targetOf(share))}
              >
                {t("documents.shareRemove")}
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
