import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/index.ts";

/** The left navigation; admin entries appear only for members who hold the right. */
export function SideNav() {
  const { me } = useSession();
  const { t } = useI18n();

  return (
    <nav class="side-nav" aria-label={t("shell.navigation")}>
      <div class="side-nav-brand" aria-hidden="true">
        <span class="side-nav-logo">协</span>
        {t("common.appName")}
      </div>
      <A href="/documents" class="side-nav-link" activeClass="active">
        {t("shell.documents")}
      </A>
      <Show when={me()?.member.role === "unit_admin"}>
        <A href="/unit" class="side-nav-link" activeClass="active">
          {t("shell.unitAdmin")}
        </A>
      </Show>
      <Show when={me()?.member.isPlatformAdmin}>
        <A href="/platform" class="side-nav-link" activeClass="active">
          {t("shell.platformAdmin")}
        </A>
      </Show>
    </nav>
  );
}
