import { For, Show } from "solid-js";
import type { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";
import { formatDateTime } from "../ui/formatDateTime.ts";

/** One row of `platform.units.list`. */
export type Unit = Awaited<ReturnType<typeof api.platform.units.list.query>>[number];

/** Every unit with its member count and status, and a disable/enable button. */
export function UnitTable(props: {
  units: readonly Unit[];
  /** The platform admin's own unit, which the API refuses to disable. */
  ownUnitId: string | undefined;
  onToggleStatus: (unit: Unit) => void;
}) {
  const { t, locale } = useI18n();

  return (
    <table class="table">
      <thead>
        <tr>
          <th scope="col">{t("platform.unitName")}</th>
          <th scope="col">{t("platform.memberCount")}</th>
          <th scope="col">{t("platform.status")}</th>
          <th scope="col">{t("platform.createdAt")}</th>
          <th scope="col" class="table-actions">
            {t("common.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.units}>
          {(unit) => (
            <tr>
              <td>{unit.name}</td>
              <td>{unit.memberCount}</td>
              <td>
                <span class="tag" classList={{ "tag-muted": unit.status === "disabled" }}>
                  {t(`platform.status.${unit.status}`)}
                </span>
              </td>
              <td class="table-muted">{formatDateTime(unit.createdAt, locale())}</td>
              <td class="table-actions">
                <Show when={unit.id !== props.ownUnitId}>
                  <button
                    type="button"
                    class="link-button"
                    aria-label={t(
                      unit.status === "active"
                        ? "platform.disableNamed"
                        : "platform.enableNamed",
                      { name: unit.name },
                    )}
                    onClick={() => props.onToggleStatus(unit)}
                  >
                    {unit.status === "active"
                      ? t("platform.disable")
                      : t("platform.enable")}
                  </button>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
