import { Navigate, useNavigate, useSearchParams } from "@solidjs/router";
import { isMainlandMobile, normalizePhone } from "@xietong/shared";
import { createSignal, Show } from "solid-js";
import { api } from "../api/trpc.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { LocaleSwitch } from "../shell/LocaleSwitch.tsx";
import { createAction } from "../ui/createAction.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useSession } from "./SessionProvider.tsx";
import { safeNextPath } from "./safeNextPath.ts";
import "./auth.css";
import { usePageTitle } from "../ui/usePageTitle.ts";

/** 登录: phone number and password. */
export function SignInPage() {
  usePageTitle("auth.signInTitle");
  const session = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const [phone, setPhone] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [phoneError, setPhoneError] = createSignal<MessageKey>();
  const [passwordError, setPasswordError] = createSignal<MessageKey>();
  const signIn = createAction((input: { phone: string; password: string }) =>
    api.auth.signIn.mutate(input),
  );

  function validate(): boolean {
    const trimmed = phone().trim();
    setPhoneError(
      trimmed === ""
        ? "validation.required"
        : isMainlandMobile(trimmed)
          ? undefined
          : "validation.phone",
    );
    setPasswordError(password() === "" ? "validation.required" : undefined);
    return !phoneError() && !passwordError();
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!validate()) return;

    const result = await signIn.run({
      phone: normalizePhone(phone()),
      password: password(),
    });
    if (!result) return;

    await session.refresh();
    navigate(result.mustChangePassword ? "/change-password" : safeNextPath(search.next), {
      replace: true,
    });
  }

  return (
    <Show when={!session.me()} fallback={<Navigate href={safeNextPath(search.next)} />}>
      <div class="auth-page">
        <div class="auth-locale">
          <LocaleSwitch />
        </div>
        <form class="auth-card" onSubmit={submit} noValidate>
          <div class="auth-brand" aria-hidden="true">
            <span class="side-nav-logo">协</span>
            {t("common.appName")}
          </div>
          <h1 class="auth-title">{t("auth.signInTitle")}</h1>
          <p class="auth-subtitle">{t("auth.signInSubtitle")}</p>
          <TextField
            label={t("auth.phone")}
            name="phone"
            type="tel"
            inputMode="tel"
            autocomplete="username"
            value={phone()}
            onInput={(event) => {
              setPhone(event.currentTarget.value);
              setPhoneError(undefined);
              signIn.clearProblem();
            }}
            error={phoneError() ?? signIn.problem()?.fieldErrors.phone}
          />
          <TextField
            label={t("auth.password")}
            name="password"
            type="password"
            autocomplete="current-password"
            value={password()}
            onInput={(event) => {
              setPassword(event.currentTarget.value);
              setPasswordError(undefined);
            }}
            error={passwordError() ?? signIn.problem()?.fieldErrors.password}
          />
          <ProblemMessage problem={signIn.problem()} />
          <button
            type="submit"
            class="button button-primary button-block"
            disabled={signIn.pending()}
          >
            {signIn.pending() ? t("auth.signingIn") : t("auth.signIn")}
          </button>
        </form>
      </div>
    </Show>
  );
}
