import { createSignal } from "solid-js";
import type { ApiProblem } from "../api/describeError.ts";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { checkText } from "./checkText.ts";
import { Dialog } from "./Dialog.tsx";
import { ProblemMessage } from "./ProblemMessage.tsx";
import { TextField } from "./TextField.tsx";

/** Props of a dialog asking for one line of text, such as a title or a name. */
export interface TextPromptDialogProps {
  title: string;
  label: string;
  initialValue?: string;
  /** The longest accepted value; the API enforces the same limit. */
  maxLength: number;
  /** The API's zod schema for the value (`titleSchema`, `orgNameSchema`), run before sending. */
  schema: Parameters<typeof checkText>[0];
  /** The name of the field in the API's zod errors, to show them under the input. */
  fieldName: string;
  submitLabel: string;
  pending: boolean;
  problem: ApiProblem | undefined;
  onSubmit: (value: string) => void;
  onClose: () => void;
}

/** Asks for one trimmed, non-empty line of text, e.g. to create or rename something. */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const { t } = useI18n();
  const [value, setValue] = createSignal(props.initialValue ?? "");
  const [error, setError] = createSignal<MessageKey>();

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const trimmed = value().trim();
    const problem = checkText(props.schema, trimmed);
    setError(problem);
    if (problem) return;
    props.onSubmit(trimmed);
  }

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={props.label}
          value={value()}
          maxLength={props.maxLength}
          autofocus
          onInput={(event) => {
            setValue(event.currentTarget.value);
            setError(undefined);
          }}
          error={error() ?? props.problem?.fieldErrors[props.fieldName]}
        />
        <ProblemMessage problem={props.problem} />
        <div class="dialog-footer">
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button button-primary" disabled={props.pending}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
