import { A, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { api } from "../api/trpc.ts";
import { useI18n } from "../i18n/index.ts";
import { createAction } from "../ui/createAction.ts";
import { showNotice } from "../ui/notices.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextField } from "../ui/TextField.tsx";
import { checkNewPassword, type NewPasswordInput } from "./checkNewPassword.ts";
import { useSession } from "./SessionProvider.tsx";
import "./auth.css";
import { usePageTitle } from "../ui/usePageTitle.ts";

/** 修改密码: current, new and repeated password, with the strength rule shown. */
export function ChangePasswordPage() {
  usePageTitle("auth.changePasswordTitle");
  const session = useSession();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [form, setForm] = createSignal<NewPasswordInput>({
    currentPassword: "",
    newPassword: "",
    repeatPassword: "",
  });
  const [errors, setErrors] = createSignal<ReturnType<typeof checkNewPassword>>({});
  const change = createAction((input: { currentPassword: string; newPassword: string }) =>
    api.auth.changePassword.mutate(input),
  );
  const forced = () => session.me()?.member.mustChangePassword === true;

  const update =
    (field: keyof NewPasswordInput) => (event: { currentTarget: HTMLInputElement }) =>
      setForm({ ...form(), [field]: event.currentTarget.value });

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const found = checkNewPassword(form());
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const { currentPassword, newPassword } = form();
    const done = await change.run({ currentPassword, newPassword });
    if (done === undefined) return;

    await session.refresh();
    showNotice("auth.passwordChanged");
    navigate("/documents", { replace: true });
  }

  return (
    <div class="auth-page">
      <form class="auth-card" onSubmit={submit} noValidate>
        <h1 class="auth-title">{t("auth.changePasswordTitle")}</h1>
        <Show when={forced()}>
          <p class="notice">{t("auth.mustChangeNotice")}</p>
        </Show>
        <TextField
          label={t("auth.currentPassword")}
          type="password"
          autocomplete="current-password"
          value={form().currentPassword}
          onInput={update("currentPassword")}
          error={
            errors().currentPassword ?? change.problem()?.fieldErrors.currentPassword
          }
        />
        <TextField
          label={t("auth.newPassword")}
          type="password"
          autocomplete="new-password"
          hint={t("auth.passwordRule")}
          value={form().newPassword}
          onInput={update("newPassword")}
          error={errors().newPassword ?? change.problem()?.fieldErrors.newPassword}
        />
        <TextField
          label={t("auth.repeatPassword")}
          type="password"
          autocomplete="new-password"
          value={form().repeatPassword}
          onInput={update("repeatPassword")}
          error={errors().repeatPassword}
        />
        <ProblemMessage problem={change.problem()} />
        <div class="form-actions">
          <Show
            when={forced()}
            fallback={
              <A href="/documents" class="button">
                {t("common.cancel")}
              </A>
            }
          >
            <button type="button" class="button" onClick={() => void session.signOut()}>
              {t("shell.signOut")}
            </button>
          </Show>
          <button type="submit" class="button button-primary" disabled={change.pending()}>
            {t("common.save")}
          </button>
        </div>
      </form>
    </div>
  );
}
