import { createSignal, For, Show } from "solid-js";
import { api } from "../api/trpc.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { createAction } from "../ui/createAction.ts";
import { createQuery } from "../ui/createQuery.ts";
import { showNotice } from "../ui/notices.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { TextField } from "../ui/TextField.tsx";

type Settings = Awaited<ReturnType<typeof api.units.updateSettings.mutate>>;
type SettingName = keyof Settings;

// The same bounds as the API's `unitSettingsInput`, so a typo shows before saving.
const limits: Record<SettingName, { min: number; max: number }> = {
  sessionIdleMinutes: { min: 5, max: 24 * 60 },
  sessionAbsoluteHours: { min: 1, max: 7 * 24 },
  lockoutFailures: { min: 3, max: 50 },
  lockoutWindowMinutes: { min: 1, max: 24 * 60 },
  lockoutMinutes: { min: 1, max: 24 * 60 },
};

const settingNames = Object.keys(limits) as SettingName[];

/** 安全设置: session idle and absolute limits, and the lockout policy of the unit. */
export function SecuritySettingsPanel() {
  const { t } = useI18n();
  const unit = createQuery(() => api.units.current.query());
  const [edits, setEdits] = createSignal<Partial<Record<SettingName, string>>>({});
  const [errors, setErrors] = createSignal<Partial<Record<SettingName, MessageKey>>>({});
  const save = createAction((settings: Settings) =>
    api.units.updateSettings.mutate(settings),
  );

  const settingValue = (name: SettingName) =>
    edits()[name] ?? String(unit.data()?.settings[name] ?? "");

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const found: Partial<Record<SettingName, MessageKey>> = {};
    const settings = {} as Settings;
    for (const name of settingNames) {
      const number = Number(settingValue(name));
      const { min, max } = limits[name];
      if (!Number.isInteger(number) || number < min || number > max)
        found[name] = "validation.invalid";
      settings[name] = number;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;

    const saved = await save.run(settings);
    if (!saved) return;
    setEdits({});
    await unit.refresh();
    showNotice("units.settingsSaved");
  }

  return (
    <div class="panel">
      <ProblemMessage problem={unit.problem()} />
      <Show when={unit.data()}>
        <form class="settings-form" onSubmit={submit} noValidate>
          <For each={settingNames}>
            {(name) => (
              <TextField
                label={t(`units.${name}`)}
                type="number"
                inputMode="numeric"
                min={limits[name].min}
                max={limits[name].max}
                hint={`${limits[name].min} – ${limits[name].max}`}
                value={settingValue(name)}
                onInput={(event) =>
                  setEdits({ ...edits(), [name]: event.currentTarget.value })
                }
                error={errors()[name] ?? save.problem()?.fieldErrors[name]}
              />
            )}
          </For>
          <ProblemMessage problem={save.problem()} />
          <div class="form-actions">
            <button type="submit" class="button button-primary" disabled={save.pending()}>
              {t("common.save")}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
