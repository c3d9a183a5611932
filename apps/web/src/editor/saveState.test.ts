import { describe, expect, it } from "vitest";
import {
  hasUndurableEdits,
  initialSaveTracker,
  reduceSaveTracker,
  type SaveEvent,
  type SaveTracker,
  saveStateOf,
} from "./saveState.ts";

function run(tracker: SaveTracker, ...events: SaveEvent[]): SaveTracker {
  return events.reduce(reduceSaveTracker, tracker);
}

const online: SaveEvent = { type: "online", online: true };
const offline: SaveEvent = { type: "online", online: false };
const edit: SaveEvent = { type: "localChange" };
const saved: SaveEvent = { type: "saved" };
const unsynced = (count: number): SaveEvent => ({ type: "unsyncedChanges", count });

/** A tracker that connected and finished its first sync with nothing of its own. */
function synced(): SaveTracker {
  return run(initialSaveTracker(false), online, unsynced(1), unsynced(0));
}

describe("saveStateOf", () => {
  it("shows saved after the first sync when the client holds no edit of its own", () => {
    expect(saveStateOf(synced())).toBe("saved");
  });

  it("does not show saved before the first sync, even with nothing to save", () => {
    expect(saveStateOf(initialSaveTracker(false))).toBe("saving");
    expect(saveStateOf(run(initialSaveTracker(false), online, unsynced(1)))).toBe(
      "saving",
    );
  });

  it("keeps saved while offline when nothing was edited since", () => {
    expect(saveStateOf(run(synced(), offline))).toBe("saved");
  });

  it("shows saving while an update is unacknowledged", () => {
    const tracker = run(synced(), edit, unsynced(1));
    expect(saveStateOf(tracker)).toBe("saving");
  });

  it("keeps saving after the acknowledgement until the server says saved", () => {
    const tracker = run(synced(), edit, unsynced(1), unsynced(0));
    expect(saveStateOf(tracker)).toBe("saving");
    expect(saveStateOf(run(tracker, saved))).toBe("saved");
  });

  it("does not count a saved that arrives while an update is still unacknowledged", () => {
    const tracker = run(
      synced(),
      edit,
      unsynced(1),
      edit,
      unsynced(2),
      unsynced(1),
      saved,
    );
    expect(saveStateOf(tracker)).toBe("saving");
    expect(saveStateOf(run(tracker, unsynced(0)))).toBe("saving");
    expect(saveStateOf(run(tracker, unsynced(0), saved))).toBe("saved");
  });

  it("falls back to saving when an acknowledgement follows saved", () => {
    const tracker = run(synced(), edit, unsynced(1), unsynced(0), saved);
    expect(saveStateOf(run(tracker, edit, unsynced(1), unsynced(0)))).toBe("saving");
  });

  it("shows unsynced when offline with local edits", () => {
    const tracker = run(synced(), offline, edit, unsynced(1));
    expect(saveStateOf(tracker)).toBe("unsynced");
  });

  it("shows unsynced when offline with acknowledged but unconfirmed edits", () => {
    const tracker = run(synced(), edit, unsynced(1), unsynced(0), offline);
    expect(saveStateOf(tracker)).toBe("unsynced");
  });

  it("does not call edits left by an earlier session saved before the server confirms", () => {
    const reloaded = initialSaveTracker(true);
    expect(saveStateOf(reloaded)).toBe("unsynced");

    const tracker = run(reloaded, online, unsynced(1), unsynced(0));
    expect(saveStateOf(tracker)).toBe("saving");
    expect(saveStateOf(run(tracker, saved))).toBe("saved");
  });

  it("shows failed on saveFailed until the next saved", () => {
    const tracker = run(synced(), edit, unsynced(1), unsynced(0), { type: "saveFailed" });
    expect(saveStateOf(tracker)).toBe("failed");
    expect(saveStateOf(run(tracker, saved))).toBe("saved");
  });
});

describe("hasUndurableEdits", () => {
  it("is true from a local edit until the server confirms it", () => {
    const edited = run(synced(), edit, unsynced(1));
    expect(hasUndurableEdits(synced())).toBe(false);
    expect(hasUndurableEdits(edited)).toBe(true);
    expect(hasUndurableEdits(run(edited, unsynced(0)))).toBe(true);
    expect(hasUndurableEdits(run(edited, unsynced(0), saved))).toBe(false);
  });
});
