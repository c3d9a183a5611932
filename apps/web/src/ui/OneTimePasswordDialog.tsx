import { createSignal, createUniqueId } from "solid-js";
import { useI18n } from "../i18n/index.ts";
import { Dialog } from "./Dialog.tsx";

/**
 * Shows a default password once, right after the API made it. The API keeps only its
 * hash, so this dialog is the only place anyone ever sees it.
 */
export function OneTimePasswordDialog(props: {
  title: string;
  explanation: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const id = createUniqueId();
  const [copied, setCopied] = createSignal(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.password);
      setCopied(true);
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); the password
      // stays on screen to be copied by hand.
    }
  }

  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <button
          type="button"
          class="button button-primary"
          onClick={() => props.onClose()}
        >
          {t("common.close")}
        </button>
      }
    >
      <p>{props.explanation}</p>
      <div class="field">
        <label class="field-label" for={id}>
          {t("members.defaultPassword")}
        </label>
        <div class="copy-row">
          <input id={id} class="input input-mono" readOnly value={props.password} />
          <button type="button" class="button" onClick={() => void copy()}>
            {copied() ? t("members.copied") : t("members.copy")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
