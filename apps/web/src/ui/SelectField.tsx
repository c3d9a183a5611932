import { createUniqueId, For, type JSX, Show, splitProps } from "solid-js";
import { type MessageKey, useI18n } from "../i18n/index.ts";

/** One choice of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of a labelled select; any other select attribute passes through. */
export interface SelectFieldProps extends JSX.SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  options: readonly SelectOption[];
  value: string;
  error?: MessageKey | undefined;
}

/** A select with its label and its error, linked for screen readers. */
export function SelectField(props: SelectFieldProps) {
  const [own, select] = splitProps(props, ["label", "options", "error", "value"]);
  const { t } = useI18n();
  const id = createUniqueId();

  return (
    <div class="field">
      <label for={id} class="field-label">
        {own.label}
      </label>
      <select
        id={id}
        class="input"
        aria-invalid={own.error ? "true" : undefined}
        aria-describedby={own.error ? `${id}-error` : undefined}
        {...select}
      >
        {/* `selected` on the option, not `value` on the select: the options may render
            after the select's value is set, which would leave the first one chosen. */}
        <For each={own.options}>
          {(option) => (
            <option value={option.value} selected={option.value === own.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
      <Show when={own.error}>
        {(error) => (
          <p id={`${id}-error`} class="field-error">
            {t(error())}
          </p>
        )}
      </Show>
    </div>
  );
}
