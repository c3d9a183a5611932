import { createUniqueId, type JSX, onMount, type ParentProps } from "solid-js";

/** Props of a modal dialog; its title is also its accessible name. */
export interface DialogProps extends ParentProps {
  title: string;
  onClose: () => void;
  /** Buttons shown at the bottom, e.g. cancel and confirm. */
  footer?: JSX.Element;
  wide?: boolean;
}

/**
 * A modal dialog on the native `<dialog>` element, which traps focus and closes on Escape.
 * Render it while it should be open; it opens itself when mounted.
 */
export function Dialog(props: DialogProps) {
  let element: HTMLDialogElement | undefined;
  const titleId = createUniqueId();

  onMount(() => element?.showModal());

  return (
    <dialog
      ref={element}
      class="dialog"
      classList={{ "dialog-wide": props.wide === true }}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The parent decides when the dialog goes; it unmounts it on close.
        event.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId} class="dialog-title">
        {props.title}
      </h2>
      <div class="dialog-body">{props.children}</div>
      {props.footer && <div class="dialog-footer">{props.footer}</div>}
    </dialog>
  );
}
