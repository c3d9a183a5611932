import { createUniqueId, type JSX, Show, splitProps } from "solid-js";
import { type MessageKey, useI18n } from "../i18n/index.ts";

/** Props of a labelled text input; any other input attribute passes through. */
export interface TextFieldProps extends JSX.InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** A field error (client check or zod's from the API) shown under the input. */
  error?: MessageKey | undefined;
  hint?: string;
}

/** A text input with its label, an optional hint and its error, linked for screen readers. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ["label", "error", "hint", "class"]);
  const { t } = useI18n();
  const id = createUniqueId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;

  const describedBy = () =>
    [own.hint ? hintId : undefined, own.error ? errorId : undefined]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <div class="field" classList={{ [own.class ?? ""]: Boolean(own.class) }}>
      <label for={id} class="field-label">
        {own.label}
      </label>
      <input
        id={id}
        class="input"
        aria-invalid={own.error ? "true" : undefined}
        aria-describedby={describedBy()}
        {...input}
      />
      <Show when={own.hint}>
        <p id={hintId} class="field-hint">
          {own.hint}
        </p>
      </Show>
      <Show when={own.error}>
        {(error) => (
          <p id={errorId} class="field-error">
            {t(error())}
          </p>
        )}
      </Show>
    </div>
  );
}
