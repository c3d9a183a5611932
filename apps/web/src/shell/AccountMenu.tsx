import { useNavigate } from "@solidjs/router";
import { createSignal, onCleanup, onMount, Show } from "solid-js";
import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/index.ts";
import { avatarText } from "../ui/avatarText.ts";
import { ConfirmDialog } from "../ui/ConfirmDialog.tsx";
import { createAction } from "../ui/createAction.ts";

/** The member's name in the top bar, opening a menu to change password or sign out. */
export function AccountMenu() {
  const session = useSession();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [open, setOpen] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const signOutEverywhere = createAction(() => session.signOutEverywhere());
  let container: HTMLDivElement | undefined;
  let trigger: HTMLButtonElement | undefined;
  let menu: HTMLDivElement | undefined;

  // A click anywhere outside the menu closes it, as menus do.
  onMount(() => {
    const closeOutside = (event: MouseEvent) => {
      if (container && !container.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("click", closeOutside);
    onCleanup(() => document.removeEventListener("click", closeOutside));
  });

  function choose(action: () => void) {
    setOpen(false);
    action();
  }

  function items(): HTMLElement[] {
    return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  // WAI-ARIA menu button: opening focuses the first item, arrows move, Escape returns
  // focus to the button.
  function openMenu() {
    setOpen(true);
    items()[0]?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: (index + 1) % all.length,
      ArrowUp: (index - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key === "Escape" || event.key === "Tab") {
      setOpen(false);
      if (event.key === "Escape") trigger?.focus();
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    all[next]?.focus();
  }

  return (
    <div class="account-menu" ref={container}>
      <button
        type="button"
        class="account-button"
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-label={`${t("shell.accountMenu")}: ${session.me()?.member.name ?? ""}`}
        ref={trigger}
        onClick={() => (open() ? setOpen(false) : openMenu())}
        onKeyDown={(event) => {
          if (event.key !== "ArrowDown") return;
          event.preventDefault();
          openMenu();
        }}
      >
        <span class="avatar" aria-hidden="true">
          {avatarText(session.me()?.member.name ?? "")}
        </span>
        {session.me()?.member.name}
      </button>
      <Show when={open()}>
        <div
          ref={menu}
          class="menu"
          role="menu"
          aria-label={t("shell.accountMenu")}
          onKeyDown={onMenuKeyDown}
        >
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            class="menu-item"
            onClick={() => choose(() => navigate("/change-password"))}
          >
            {t("shell.changePassword")}
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            class="menu-item"
            onClick={() => choose(() => void session.signOut())}
          >
            {t("shell.signOut")}
          </button>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            class="menu-item"
            onClick={() => choose(() => setConfirming(true))}
          >
            {t("shell.signOutEverywhere")}
          </button>
        </div>
      </Show>
      <Show when={confirming()}>
        <ConfirmDialog
          title={t("auth.signOutEverywhereTitle")}
          confirmLabel={t("shell.signOutEverywhere")}
          danger
          pending={signOutEverywhere.pending()}
          problem={signOutEverywhere.problem()}
          onConfirm={() => void signOutEverywhere.run()}
          onClose={() => setConfirming(false)}
        >
          <p>{t("auth.signOutEverywhereBody")}</p>
        </ConfirmDialog>
      </Show>
    </div>
  );
}
