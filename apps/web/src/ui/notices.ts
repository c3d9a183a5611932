import { createSignal } from "solid-js";
import type { MessageKey, MessageParams } from "../i18n/index.ts";

/** A short confirmation shown for a few seconds, e.g. "settings saved". */
export interface Notice {
  readonly id: number;
  readonly key: MessageKey;
  readonly params?: MessageParams | undefined;
}

const [notices, setNotices] = createSignal<readonly Notice[]>([]);
let nextId = 1;

/** The notices on screen, newest last. */
export { notices };

/** Shows a translated confirmation for four seconds. */
export function showNotice(key: MessageKey, params?: MessageParams): void {
  const notice: Notice = { id: nextId++, key, params };
  setNotices([...notices(), notice]);
  setTimeout(() => setNotices(notices().filter((shown) => shown !== notice)), 4000);
}
