import { type Command, EditorState } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { batch, createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import * as Y from "yjs";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { bodyFromUpdate } from "./bodyFromUpdate.ts";
import type { CollabSession } from "./createCollabSession.ts";
import { createEditorView, createStaticView } from "./createEditorView.ts";
import {
  checkDocumentSchema,
  observeUnknownNodes,
  type SchemaCheck,
} from "./schemaCheck.ts";
import { Toolbar } from "./Toolbar.tsx";

/** Props of the body editor of a document. */
export interface DocumentEditorProps {
  session: CollabSession;
  /** The document's schema version, as `documents.byId` returns it. */
  schemaVersion: number;
  /** Tells the page whether the body is open read-only, for the 只读 badge. */
  onReadOnly: (readOnly: boolean) => void;
  /** Why access ended once the connection is forbidden: trashed, or no right left. */
  lostAccess: () => "trashed" | "forbidden";
  /** Why the right changed while the page is open, if it did. */
  accessNotice: () => MessageKey | undefined;
}

// A read-only copy follows the live document at most this often; rendering a long
// document from a scratch copy on every keystroke of others would stall the page.
const copyRefreshMs = 400;

/**
 * The toolbar and the body. The body is bound live to Yjs when this build knows every
 * node of it; otherwise it shows a read-only rendering of a scratch copy with a notice,
 * so y-prosemirror never deletes what a newer client wrote.
 */
export function DocumentEditor(props: DocumentEditorProps) {
  const { t } = useI18n();
  const session = props.session;
  const [editorState, setEditorState] = createSignal<EditorState>();
  const [schemaProblem, setSchemaProblem] = createSignal<SchemaCheck>({ ok: true });
  const editable = () => session.mayEdit() && schemaProblem().ok;

  let mount: HTMLDivElement | undefined;
  let view: EditorView | undefined;
  let stopGuard: (() => void) | undefined;
  let stopCopy: (() => void) | undefined;

  function bindLive(element: HTMLElement): void {
    const awareness = session.provider.awareness;
    if (!awareness) throw new Error("The collab provider was created without awareness");

    // Registered before the binding so it runs first on a change (see observeUnknownNodes).
    stopGuard = observeUnknownNodes(session.body, (nodeNames) =>
      showCopy(element, { ok: false, reason: "unknownNodes", nodeNames }),
    );

    view = createEditorView({
      mount: element,
      body: session.body,
      awareness,
      editable,
      label: () => t("editor.body"),
      onState: setEditorState,
    });
  }

  function showCopy(element: HTMLElement, problem: SchemaCheck): void {
    // Unbind before touching any signal: an effect that reaches the live view (even a
    // `setProps`) makes y-prosemirror write its stale document over the Yjs body, which
    // would delete the very nodes this guard is protecting.
    stopGuard?.();
    stopGuard = undefined;
    view?.destroy();
    view = undefined;

    const render = () => bodyFromUpdate(Y.encodeStateAsUpdate(session.ydoc));
    const copy = createStaticView({
      mount: element,
      doc: render(),
      label: () => t("editor.body"),
    });
    view = copy;
    batch(() => {
      setSchemaProblem(problem);
      setEditorState(undefined);
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        copy.updateState(EditorState.create({ doc: render() }));
      }, copyRefreshMs);
    };
    session.ydoc.on("update", refresh);
    stopCopy = () => {
      clearTimeout(timer);
      session.ydoc.off("update", refresh);
    };
  }

  createEffect(
    on(session.ready, (ready) => {
      if (!ready || view || !mount) return;

      const check = checkDocumentSchema({
        documentVersion: props.schemaVersion,
        body: session.body,
      });
      if (check.ok) bindLive(mount);
      else showCopy(mount, check);
    }),
  );

  // Access changes live (an `access` message, a refused connection): re-read `editable`.
  createEffect(() => {
    editable();
    t("editor.body");
    view?.setProps({});
  });

  createEffect(() => props.onReadOnly(!editable()));

  onCleanup(() => {
    stopGuard?.();
    stopCopy?.();
    view?.destroy();
  });

  function run(command: Command): void {
    if (!view || !editable()) return;
    command(view.state, view.dispatch, view);
    view.focus();
  }

  const notice = (): string | undefined => {
    if (session.connection() === "forbidden") {
      return props.lostAccess() === "trashed"
        ? t("editor.movedToTrashNotice")
        : t("editor.forbiddenNotice");
    }

    const problem = schemaProblem();
    if (problem.ok) return undefined;
    if (problem.reason === "newerSchema") return t("editor.newerSchemaNotice");
    return t("editor.unknownNodesNotice", { names: problem.nodeNames.join("、") });
  };

  return (
    <div class="editor">
      <Show when={schemaProblem().ok && session.connection() !== "forbidden"}>
        <Toolbar state={editorState} editable={editable} run={run} />
      </Show>
      <Show when={notice()}>
        {(text) => (
          <p class="editor-notice" role="alert">
            {text()}
          </p>
        )}
      </Show>
      <Show when={session.connection() !== "forbidden" && props.accessNotice()}>
        {(key) => (
          <p class="editor-notice" role="status">
            {t(key())}
          </p>
        )}
      </Show>
      <Show when={!session.ready()}>
        <p class="editor-loading">{t("editor.loading")}</p>
      </Show>
      {/* Hidden, not removed, once access is lost: the view stays mounted in it. */}
      <div
        class="editor-page"
        ref={mount}
        hidden={session.connection() === "forbidden"}
      />
    </div>
  );
}
