import { HocuspocusProvider, type onStatusParameters } from "@hocuspocus/provider";
import { bodyFragmentName } from "@xietong/schema";
import {
  type AwarenessUser,
  canEditBody,
  type DocumentRole,
  formatDocumentName,
  parseCollabServerMessage,
} from "@xietong/shared";
import { type Accessor, createMemo, createSignal, onCleanup } from "solid-js";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { collabUrl } from "./collabUrl.ts";
import {
  type ConnectionEvent,
  type ConnectionState,
  isAccessClose,
  reduceConnectionState,
} from "./connectionState.ts";
import { readPendingEdits, writePendingEdits } from "./pendingEdits.ts";
import { type PresentUser, presentUsers } from "./presence.ts";
import {
  hasUndurableEdits,
  initialSaveTracker,
  reduceSaveTracker,
  type SaveEvent,
  type SaveState,
  saveStateOf,
} from "./saveState.ts";

/** A live co-editing session of one document, as the editor page uses it. */
export interface CollabSession {
  ydoc: Y.Doc;
  body: Y.XmlFragment;
  provider: HocuspocusProvider;
  connection: Accessor<ConnectionState>;
  saveState: Accessor<SaveState>;
  /** The member's right on the document, updated live by `access` messages. */
  role: Accessor<DocumentRole>;
  /** Whether the member may change the body now (role, server scope and access). */
  mayEdit: Accessor<boolean>;
  users: Accessor<PresentUser[]>;
  /**
   * Whether the body can be shown: the server's state arrived, or the local copy is
   * loaded and holds content or the server cannot be reached. Binding an editor to an
   * empty body before that would create a stray first paragraph.
   */
  ready: Accessor<boolean>;
}

/** Options of `createCollabSession`. */
export interface CollabSessionOptions {
  documentId: string;
  /** The role `documents.byId` returned; `access` messages replace it. */
  role: DocumentRole;
  /** The signed-in member, shown to others until the server fills `user` itself. */
  self: AwarenessUser | null;
}

/**
 * Connects a document: Yjs document, local copy in IndexedDB (so offline edits survive
 * a reload) and the Hocuspocus provider on `/collab` authenticated by the session
 * cookie. Everything is torn down with the owning Solid scope.
 */
export function createCollabSession(options: CollabSessionOptions): CollabSession {
  const name = formatDocumentName({ kind: "document", id: options.documentId });
  const ydoc = new Y.Doc();
  const body = ydoc.getXmlFragment(bodyFragmentName);
  const persistence = new IndexeddbPersistence(name, ydoc);

  const [connection, setConnection] = createSignal<ConnectionState>("connecting");
  const [tracker, setTracker] = createSignal(initialSaveTracker(readPendingEdits(name)));
  const [role, setRole] = createSignal<DocumentRole>(options.role);
  const [readOnlyScope, setReadOnlyScope] = createSignal(false);
  const [users, setUsers] = createSignal<PresentUser[]>([]);
  const [localLoaded, setLocalLoaded] = createSignal(false);
  const [serverSynced, setServerSynced] = createSignal(false);

  function onConnection(event: ConnectionEvent): void {
    setConnection((state) => reduceConnectionState(state, event));
  }

  function onSave(event: SaveEvent): void {
    const next = reduceSaveTracker(tracker(), event);
    setTracker(next);
    writePendingEdits(name, next.pendingLocal);
  }

  const provider = new HocuspocusProvider({
    url: collabUrl(window.location),
    name,
    document: ydoc,
    // The server reads the session cookie; "session" says so (docs/CONTRACTS.md).
    token: "session",
  });

  // Retrying cannot bring a right back; stop before the server sees a reconnect loop.
  function stopForLostAccess(): void {
    provider.disconnect();
  }

  provider.on("status", ({ status }: onStatusParameters) => {
    onConnection({ type: "status", status });
  });
  provider.on("authenticated", ({ scope }: { scope: string }) => {
    setReadOnlyScope(scope === "readonly");
    onConnection({ type: "authenticated" });
    onSave({ type: "online", online: true });
  });
  provider.on("authenticationFailed", () => {
    onConnection({ type: "authenticationFailed" });
    stopForLostAccess();
  });
  provider.on("close", ({ event }: { event: CloseEvent }) => {
    const closed = { code: event.code, reason: event.reason ?? "" };
    onConnection({ type: "closed", ...closed });
    onSave({ type: "online", online: false });
    if (isAccessClose(closed)) stopForLostAccess();
  });
  provider.on("disconnect", () => onSave({ type: "online", online: false }));
  provider.on("synced", () => setServerSynced(true));
  provider.on("unsyncedChanges", ({ number }: { number: number }) => {
    onSave({ type: "unsyncedChanges", count: number });
  });
  provider.on("stateless", ({ payload }: { payload: string }) => {
    const message = parseCollabServerMessage(payload);
    if (!message) return;

    switch (message.type) {
      case "saved":
      case "saveFailed":
        onSave({ type: message.type });
        return;
      case "access":
        setRole(message.role);
        setReadOnlyScope(!canEditBody(message.role));
        return;
    }
  });

  ydoc.on("update", (_update: Uint8Array, origin: unknown) => {
    // Updates from the server or loaded from the local copy are not this page's edits.
    if (origin === provider || origin === persistence) return;
    onSave({ type: "localChange" });
  });

  const awareness = provider.awareness;
  if (awareness) {
    if (options.self) awareness.setLocalStateField("user", options.self);
    const refreshUsers = () =>
      setUsers(presentUsers(awareness.getStates(), ydoc.clientID));
    awareness.on("change", refreshUsers);
    refreshUsers();
  }

  void persistence.whenSynced.then(() => setLocalLoaded(true));

  // A socket can stay open for a long while after the network went away (and does in
  // browsers emulating offline), so follow the browser's own view of the network: drop
  // the socket when it goes offline and reconnect when it comes back.
  const goOffline = () => provider.disconnect();
  const goOnline = () => {
    if (connection() === "forbidden") return;
    // Failed attempts already show as status events; the page needs nothing more.
    provider.connect()?.catch(() => undefined);
  };
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);

  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUndurableEdits(tracker())) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = "";
  };
  window.addEventListener("beforeunload", warnBeforeUnload);

  onCleanup(() => {
    window.removeEventListener("beforeunload", warnBeforeUnload);
    window.removeEventListener("offline", goOffline);
    window.removeEventListener("online", goOnline);
    provider.destroy();
    void persistence.destroy();
    ydoc.destroy();
  });

  const mayEdit = createMemo(
    () => canEditBody(role()) && !readOnlyScope() && connection() !== "forbidden",
  );

  const ready = createMemo(
    () =>
      serverSynced() ||
      (localLoaded() && (body.length > 0 || connection() === "offline")) ||
      connection() === "forbidden",
  );

  return {
    ydoc,
    body,
    provider,
    connection,
    saveState: () => saveStateOf(tracker()),
    role,
    mayEdit,
    users,
    ready,
  };
}
