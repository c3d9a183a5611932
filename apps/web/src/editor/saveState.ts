/**
 * What the page tells the user about durability of their edits:
 * - `saved` (已保存): the server confirmed every local update is stored in PostgreSQL;
 * - `saving` (保存中…): updates are sent or acknowledged but not yet confirmed durable;
 * - `unsynced` (有未同步的更改): offline with local edits the server has not confirmed;
 * - `failed` (保存失败): the server reported that storing failed.
 */
export type SaveState = "saved" | "saving" | "unsynced" | "failed";

/** The facts the save state is derived from; build it with `initialSaveTracker`. */
export interface SaveTracker {
  /** The provider's `unsyncedChanges`: updates sent and not yet acknowledged. */
  unsynced: number;
  /** The last of {update acknowledgement, `saved`} received, null before either. */
  lastSignal: "ack" | "saved" | null;
  /** Whether this client holds edits the server has not confirmed durable. */
  pendingLocal: boolean;
  /** Whether the server reported a failed save since the last `saved`. */
  failed: boolean;
  /** Whether the websocket is open and authenticated. */
  online: boolean;
}

/** An event that moves the tracker, as emitted by the provider and the server. */
export type SaveEvent =
  | { type: "unsyncedChanges"; count: number }
  | { type: "localChange" }
  | { type: "saved" }
  | { type: "saveFailed" }
  | { type: "online"; online: boolean };

/**
 * The tracker of a freshly opened document. `pendingLocal` is true when an earlier
 * session left edits in the local copy that the server never confirmed (the page
 * remembers that across reloads), so offline work is not reported as saved.
 */
export function initialSaveTracker(pendingLocal: boolean): SaveTracker {
  return { unsynced: 0, lastSignal: null, pendingLocal, failed: false, online: false };
}

/**
 * Applies one event. A drop in the provider's `unsyncedChanges` count is an update
 * acknowledgement; a rise is an update (or a sync handshake) being sent.
 */
export function reduceSaveTracker(tracker: SaveTracker, event: SaveEvent): SaveTracker {
  switch (event.type) {
    case "unsyncedChanges": {
      const count = Math.max(0, event.count);
      if (count < tracker.unsynced)
        return { ...tracker, unsynced: count, lastSignal: "ack" };
      return { ...tracker, unsynced: count };
    }
    case "localChange":
      return { ...tracker, pendingLocal: true };
    case "saved": {
      // `saved` covers every update sent before it; one still unacknowledged is not covered.
      const confirmed = tracker.unsynced === 0;
      return {
        ...tracker,
        lastSignal: "saved",
        failed: false,
        pendingLocal: confirmed ? false : tracker.pendingLocal,
      };
    }
    case "saveFailed":
      return { ...tracker, failed: true };
    case "online":
      return { ...tracker, online: event.online };
  }
}

/**
 * The rule of `CollabServerMessage` (in `@xietong/shared`): 已保存 only with no
 * unacknowledged update and `saved` as the last of {acknowledgement, `saved`}. A client
 * that never held an unconfirmed edit has nothing awaiting durability, so it shows
 * 已保存 once its first sync is acknowledged, and keeps showing it while offline.
 */
export function saveStateOf(tracker: SaveTracker): SaveState {
  if (tracker.failed) return "failed";

  const waiting = tracker.unsynced > 0 || tracker.pendingLocal;
  if (!tracker.online) {
    if (waiting) return "unsynced";
    // Before the first sync the page cannot know the server holds what it shows.
    return tracker.lastSignal === null ? "saving" : "saved";
  }
  if (tracker.unsynced > 0) return "saving";
  if (tracker.lastSignal === "saved") return "saved";
  if (!tracker.pendingLocal && tracker.lastSignal === "ack") return "saved";
  return "saving";
}

/** Whether closing the page now could lose edits (drives the `beforeunload` warning). */
export function hasUndurableEdits(tracker: SaveTracker): boolean {
  return tracker.unsynced > 0 || tracker.pendingLocal || tracker.failed;
}
