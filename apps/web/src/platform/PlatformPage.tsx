import { createSignal, Match, Show, Switch } from "solid-js";
import { api } from "../api/trpc.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/index.ts";
import { createAction } from "../ui/createAction.ts";
import { createQuery } from "../ui/createQuery.ts";
import { OneTimePasswordDialog } from "../ui/OneTimePasswordDialog.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";
import { CreateUnitDialog, type NewUnit } from "./CreateUnitDialog.tsx";
import { type Unit, UnitTable } from "./UnitTable.tsx";

type OpenDialog =
  | { kind: "create" }
  | { kind: "password"; unitName: string; password: string };

/** 平台管理: every unit, creating one with its first admin, disabling and enabling. */
export function PlatformPage() {
  usePageTitle("platform.title");
  const { t } = useI18n();
  const { me } = useSession();
  const [dialog, setDialog] = createSignal<OpenDialog>();
  const units = createQuery(() =>
    me()?.member.isPlatformAdmin ? api.platform.units.list.query() : Promise.resolve([]),
  );
  const create = createAction((unit: NewUnit) => api.platform.units.create.mutate(unit));
  const setStatus = createAction((unitId: string, status: "active" | "disabled") =>
    api.platform.units.setStatus.mutate({ unitId, status }),
  );

  async function submitCreate(unit: NewUnit) {
    const created = await create.run(unit);
    if (!created) return;
    setDialog({ kind: "password", unitName: unit.name, password: created.adminPassword });
    await units.refresh();
  }

  async function toggleStatus(unit: Unit) {
    await setStatus.run(unit.id, unit.status === "active" ? "disabled" : "active");
    if (!setStatus.problem()) await units.refresh();
  }

  const passwordDialog = () => {
    const current = dialog();
    return current?.kind === "password" ? current : undefined;
  };

  return (
    <section class="page">
      <header class="page-header">
        <h1 class="page-title">{t("platform.title")}</h1>
        <Show when={me()?.member.isPlatformAdmin}>
          <div class="page-actions">
            <button
              type="button"
              class="button button-primary"
              onClick={() => {
                create.clearProblem();
                setDialog({ kind: "create" });
              }}
            >
              {t("platform.newUnit")}
            </button>
          </div>
        </Show>
      </header>
      <Show
        when={me()?.member.isPlatformAdmin}
        fallback={
          <p class="problem" role="alert">
            {t("error.access.forbidden")}
          </p>
        }
      >
        <div class="panel">
          <h2 class="section-title">{t("platform.units")}</h2>
          <ProblemMessage problem={units.problem() ?? setStatus.problem()} />
          <Show
            when={(units.data() ?? []).length > 0}
            fallback={
              <p class="empty">
                {units.loading() ? t("common.loading") : t("platform.empty")}
              </p>
            }
          >
            <UnitTable
              units={units.data() ?? []}
              ownUnitId={me()?.unit.id}
              onToggleStatus={(unit) => void toggleStatus(unit)}
            />
          </Show>
        </div>
      </Show>

      <Switch>
        <Match when={dialog()?.kind === "create"}>
          <CreateUnitDialog
            pending={create.pending()}
            problem={create.problem()}
            onSubmit={(unit) => void submitCreate(unit)}
            onClose={() => setDialog(undefined)}
          />
        </Match>
        <Match when={passwordDialog()}>
          {(current) => (
            <OneTimePasswordDialog
              title={t("platform.adminPasswordTitle")}
              explanation={t("platform.adminPasswordBody", { name: current().unitName })}
              password={current().password}
              onClose={() => setDialog(undefined)}
            />
          )}
        </Match>
      </Switch>
    </section>
  );
}
