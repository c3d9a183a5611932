import type { AwarenessUser, DocumentRole } from "@xietong/shared";
import { canEditBody } from "@xietong/shared";
import { createEffect, createSignal, on, Show } from "solid-js";
import { describeError } from "../api/describeError.ts";
import { api } from "../api/trpc.ts";
import { ShareDialog } from "../documents/ShareDialog.tsx";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { CollabStatus } from "./CollabStatus.tsx";
import { createCollabSession } from "./createCollabSession.ts";
import { DocumentEditor } from "./DocumentEditor.tsx";
import { DocumentTitle } from "./DocumentTitle.tsx";
import { PresenceList } from "./PresenceList.tsx";
import { VersionPanel } from "./VersionPanel.tsx";
import "./editor.css";

/** Props of the co-editing workspace of one document, from `documents.byId`. */
export interface DocumentWorkspaceProps {
  documentId: string;
  title: string;
  /** The role when the page opened; `access` messages change it live. */
  role: DocumentRole;
  schemaVersion: number;
  self: AwarenessUser | null;
  onRenamed: (title: string) => void;
}

/**
 * One open document: title, presence, connection and save state, the editor and the
 * version history. Mount it keyed by document id: it owns the live collab session.
 */
export function DocumentWorkspace(props: DocumentWorkspaceProps) {
  const { t } = useI18n();
  const session = createCollabSession({
    documentId: props.documentId,
    role: props.role,
    self: props.self,
  });
  const [readOnly, setReadOnly] = createSignal(!canEditBody(props.role));
  const [versionsOpen, setVersionsOpen] = createSignal(false);
  const [shareOpen, setShareOpen] = createSignal(false);
  const [lostAccess, setLostAccess] = createSignal<"trashed" | "forbidden">("forbidden");
  const [accessNotice, setAccessNotice] = createSignal<MessageKey>();
  const forbidden = () => session.connection() === "forbidden";

  // The server says neither why it closed with "forbidden" nor why it lowered the
  // right (a trashed document is read-only for its owner too); only the API can tell.
  const askTrashed = () =>
    api.documents.byId.query({ id: props.documentId }).then(
      (document) => document.trashedAt !== null,
      (error: unknown) => describeError(error).errorId === "document.trashed",
    );

  createEffect(
    on(forbidden, (lost) => {
      if (!lost) return;
      setVersionsOpen(false);
      void askTrashed().then((trashed) =>
        setLostAccess(trashed ? "trashed" : "forbidden"),
      );
    }),
  );

  // Only a change made while the page is open is news; the role it opened with is not.
  createEffect(
    on(
      () => canEditBody(session.role()),
      (canEdit) => {
        if (canEdit) {
          setAccessNotice((shown) =>
            shown === "editor.ownTrashedNotice" ? undefined : "editor.roleRaisedNotice",
          );
          return;
        }

        void askTrashed().then((trashed) => {
          if (canEditBody(session.role())) return;
          setAccessNotice(
            trashed ? "editor.ownTrashedNotice" : "editor.roleLoweredNotice",
          );
        });
      },
      { defer: true },
    ),
  );

  return (
    <div class="document-workspace">
      <header class="document-header">
        <DocumentTitle
          documentId={props.documentId}
          title={props.title}
          canRename={session.role() === "owner"}
          onRenamed={props.onRenamed}
        />
        <div class="document-header-side">
          <PresenceList users={session.users} />
          <CollabStatus
            connection={session.connection}
            saveState={session.saveState}
            readOnly={readOnly}
          />
          <Show when={session.role() === "owner" && !forbidden()}>
            <button
              type="button"
              class="button"
              aria-haspopup="dialog"
              onClick={() => setShareOpen(true)}
            >
              {t("documents.share")}
            </button>
          </Show>
          <Show when={!forbidden()}>
            <button
              type="button"
              class="button"
              aria-expanded={versionsOpen()}
              aria-pressed={versionsOpen()}
              onClick={() => setVersionsOpen((open) => !open)}
            >
              {t("editor.versions")}
            </button>
          </Show>
        </div>
      </header>
      <div class="document-main">
        <DocumentEditor
          session={session}
          schemaVersion={props.schemaVersion}
          onReadOnly={setReadOnly}
          lostAccess={lostAccess}
          accessNotice={accessNotice}
        />
        <Show when={versionsOpen() && !forbidden()}>
          <VersionPanel
            documentId={props.documentId}
            canEdit={canEditBody(session.role()) && session.connection() !== "forbidden"}
            onClose={() => setVersionsOpen(false)}
          />
        </Show>
      </div>
      <Show when={shareOpen() && session.role() === "owner"}>
        <ShareDialog
          document={{ id: props.documentId, title: props.title }}
          onClose={() => setShareOpen(false)}
        />
      </Show>
    </div>
  );
}
