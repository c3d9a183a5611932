/**
 * Remembers across reloads that a document's local copy (IndexedDB) holds edits the
 * server has not confirmed durable, so a page reloaded offline says 有未同步的更改
 * instead of 已保存. Storage may be unavailable (private modes): then it is not
 * remembered, and the page only knows about edits made since it opened.
 */
function keyOf(documentName: string): string {
  return `xietong.pendingEdits.${documentName}`;
}

/** Whether an earlier page left unconfirmed edits in this document's local copy. */
export function readPendingEdits(documentName: string): boolean {
  try {
    return localStorage.getItem(keyOf(documentName)) === "1";
  } catch {
    return false;
  }
}

/** Records whether this document's local copy holds unconfirmed edits. */
export function writePendingEdits(documentName: string, pending: boolean): void {
  try {
    if (pending) localStorage.setItem(keyOf(documentName), "1");
    else localStorage.removeItem(keyOf(documentName));
  } catch {
    // Not remembered; the warning before closing the tab still protects this page.
  }
}
