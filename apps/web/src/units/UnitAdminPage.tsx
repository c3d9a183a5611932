import { A, useParams } from "@solidjs/router";
import { For, Match, Show, Switch } from "solid-js";
import { useSession } from "../auth/SessionProvider.tsx";
import { DepartmentsPanel } from "../departments/DepartmentsPanel.tsx";
import { useI18n } from "../i18n/index.ts";
import { MembersPanel } from "../members/MembersPanel.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";
import { SecuritySettingsPanel } from "./SecuritySettingsPanel.tsx";

const sections = ["departments", "members", "security"] as const;
type Section = (typeof sections)[number];

function parseSection(value: string | undefined): Section {
  return (sections as readonly string[]).includes(value ?? "")
    ? (value as Section)
    : "departments";
}

/** 单位管理: departments, members and security settings, for unit admins only. */
export function UnitAdminPage() {
  usePageTitle("units.adminTitle");
  const { t } = useI18n();
  const { me } = useSession();
  const params = useParams<{ section?: string }>();
  const section = () => parseSection(params.section);

  return (
    <section class="page">
      <header class="page-header">
        <h1 class="page-title">{t("units.adminTitle")}</h1>
      </header>
      <Show
        when={me()?.member.role === "unit_admin"}
        fallback={
          <p class="problem" role="alert">
            {t("error.access.forbidden")}
          </p>
        }
      >
        <nav class="tabs" aria-label={t("units.sections")}>
          <For each={sections}>
            {(item) => (
              <A
                href={`/unit/${item}`}
                class="tab"
                aria-current={section() === item ? "page" : undefined}
              >
                {t(`units.${item}`)}
              </A>
            )}
          </For>
        </nav>
        <Switch>
          <Match when={section() === "departments"}>
            <DepartmentsPanel />
          </Match>
          <Match when={section() === "members"}>
            <MembersPanel />
          </Match>
          <Match when={section() === "security"}>
            <SecuritySettingsPanel />
          </Match>
        </Switch>
      </Show>
    </section>
  );
}
