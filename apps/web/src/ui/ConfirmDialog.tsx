import type { ParentProps } from "solid-js";
import type { ApiProblem } from "../api/describeError.ts";
import { useI18n } from "../i18n/index.ts";
import { Dialog } from "./Dialog.tsx";
import { ProblemMessage } from "./ProblemMessage.tsx";

/** Props of a yes/no question before a consequential action. */
export interface ConfirmDialogProps extends ParentProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  problem?: ApiProblem | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks for confirmation; the confirm button carries the action's own name. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" class="button" onClick={() => props.onClose()}>
            {t("common.cancel")}
          </button>
          <button
            type="button"
            class="button"
            classList={{
              "button-danger": props.danger === true,
              "button-primary": !props.danger,
            }}
            disabled={props.pending}
            onClick={() => props.onConfirm()}
          >
            {props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
      <ProblemMessage problem={props.problem} />
    </Dialog>
  );
}
