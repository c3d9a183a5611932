import { Navigate, useLocation } from "@solidjs/router";
import { Match, type ParentProps, Switch } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import { useSession } from "./SessionProvider.tsx";

/**
 * Route guard: pages below it need a signed-in member, and a member who must change the
 * initial password sees only the password page until it is changed.
 */
export function RequireSession(props: ParentProps) {
  const { me } = useSession();
  const location = useLocation();
  const { t } = useI18n();

  const signInHref = () => `/sign-in?next=${encodeURIComponent(location.pathname)}`;

  return (
    <Switch>
      <Match when={me() === undefined}>
        <p class="page-loading" role="status">
          {t("common.loading")}
        </p>
      </Match>
      <Match when={me() === null}>
        <Navigate href={signInHref()} />
      </Match>
      <Match
        when={me()?.member.mustChangePassword && location.pathname !== "/change-password"}
      >
        <Navigate href="/change-password" />
      </Match>
      <Match when={me()}>{props.children}</Match>
    </Switch>
  );
}
