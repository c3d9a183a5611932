import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/index.ts";
import { AccountMenu } from "./AccountMenu.tsx";
import { LocaleSwitch } from "./LocaleSwitch.tsx";

/** The bar above every signed-in page: the unit's name, the language and the account. */
export function TopBar() {
  const { me } = useSession();
  const { t } = useI18n();

  return (
    <header class="top-bar">
      <div class="top-bar-unit">{me()?.unit?.name ?? t("shell.platform")}</div>
      <div class="top-bar-tools">
        <LocaleSwitch />
        <AccountMenu />
      </div>
    </header>
  );
}
