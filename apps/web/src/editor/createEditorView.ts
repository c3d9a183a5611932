import { officialSchema } from "@xietong/schema";
import { baseKeymap, chainCommands, exitCode } from "prosemirror-commands";
import { keymap } from "prosemirror-keymap";
import type { Node } from "prosemirror-model";
import { liftListItem, sinkListItem, splitListItem } from "prosemirror-schema-list";
import { type Command, EditorState, type Plugin, Selection } from "prosemirror-state";
import { goToNextCell, tableEditing } from "prosemirror-tables";
import { EditorView } from "prosemirror-view";
import {
  redoCommand,
  undoCommand,
  yCursorPlugin,
  ySyncPlugin,
  yUndoPlugin,
} from "y-prosemirror";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { plainTextSlice } from "./plainTextSlice.ts";
import { safeColor } from "./presence.ts";
import { toggleToolbarMark } from "./toolbarCommands.ts";

/** Options shared by the live and the read-only views. */
interface ViewOptions {
  /** The element the editor is mounted into. */
  mount: HTMLElement;
  /** The accessible name of the editing area, read again on `view.setProps({})`. */
  label: () => string;
}

/** Options of `createEditorView`. */
export interface EditorViewOptions extends ViewOptions {
  body: Y.XmlFragment;
  awareness: Awareness;
  /** Read on every update; call `view.setProps({})` after it changes. */
  editable: () => boolean;
  /** Called with every new state, to refresh the toolbar. */
  onState: (state: EditorState) => void;
}

function nodeTypeOf(name: string) {
  const type = officialSchema.nodes[name];
  if (!type) throw new RangeError(`createEditorView: the schema has no node "${name}"`);
  return type;
}

function selectDocumentEdge(edge: "start" | "end"): Command {
  return (state, dispatch) => {
    const selection =
      edge === "start" ? Selection.atStart(state.doc) : Selection.atEnd(state.doc);
    dispatch?.(state.tr.setSelection(selection).scrollIntoView());
    return true;
  };
}

function keyBindings(): Plugin[] {
  const listItem = nodeTypeOf("list_item");
  const hardBreak = nodeTypeOf("hard_break");
  const insertHardBreak = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView());
    return true;
  });

  return [
    keymap({
      "Mod-z": undoCommand,
      "Mod-y": redoCommand,
      "Mod-Shift-z": redoCommand,
      "Mod-b": toggleToolbarMark("bold"),
      "Mod-i": toggleToolbarMark("italic"),
      "Mod-u": toggleToolbarMark("underline"),
      "Shift-Enter": insertHardBreak,
      // Browsers move the caret for these themselves only some of the time (Chromium
      // ignores them right after a click), so the editor does it.
      "Mod-Home": selectDocumentEdge("start"),
      "Mod-End": selectDocumentEdge("end"),
      Enter: splitListItem(listItem),
      Tab: chainCommands(goToNextCell(1), sinkListItem(listItem)),
      "Shift-Tab": chainCommands(goToNextCell(-1), liftListItem(listItem)),
    }),
    keymap(baseKeymap),
  ];
}

/**
 * A remote caret with the member's name. The name is inserted as text and the colour
 * checked, because both come from other clients' awareness states.
 */
function buildCursor(user: { name?: unknown; color?: unknown }): HTMLElement {
  const color = safeColor(user.color);
  const caret = document.createElement("span");
  caret.className = "ProseMirror-yjs-cursor";
  caret.style.borderColor = color;

  const label = document.createElement("span");
  label.className = "editor-cursor-label";
  label.style.backgroundColor = color;
  label.textContent = typeof user.name === "string" ? user.name : "";

  // Word joiners keep the caret from breaking a line around the label.
  caret.append("\u2060", label, "\u2060");
  return caret;
}

/**
 * The co-editing view: ProseMirror bound to the Yjs body with y-prosemirror (sync,
 * remote cursors and selections from awareness, Yjs-aware undo), the official-writing
 * key bindings and table editing.
 */
export function createEditorView(options: EditorViewOptions): EditorView {
  const state = EditorState.create({
    schema: officialSchema,
    plugins: [
      ySyncPlugin(options.body),
      yCursorPlugin(options.awareness, {
        cursorBuilder: buildCursor,
        selectionBuilder: (user: { color?: unknown }) => ({
          class: "ProseMirror-yjs-selection",
          style: `background-color: ${safeColor(user.color)}40`,
        }),
      }),
      yUndoPlugin(),
      ...keyBindings(),
      tableEditing(),
    ],
  });

  const view = new EditorView(options.mount, {
    state,
    editable: () => options.editable(),
    attributes: () => ({
      class: "editor-body",
      role: "textbox",
      "aria-multiline": "true",
      "aria-label": options.label(),
      "aria-readonly": options.editable() ? "false" : "true",
    }),
    clipboardTextParser: plainTextSlice,
    // `this`, not the returned view: y-prosemirror dispatches while the view is built.
    dispatchTransaction(this: EditorView, transaction) {
      // y-prosemirror dispatches deferred cursor updates even after the view is gone.
      if (this.isDestroyed) return;
      const next = this.state.apply(transaction);
      this.updateState(next);
      options.onState(next);
    },
  });
  options.onState(view.state);
  return view;
}

/** A read-only view of a fixed document: a past version, or a body this build cannot edit. */
export function createStaticView(options: ViewOptions & { doc: Node }): EditorView {
  return new EditorView(options.mount, {
    state: EditorState.create({ doc: options.doc }),
    editable: () => false,
    attributes: () => ({
      class: "editor-body",
      role: "textbox",
      "aria-multiline": "true",
      "aria-label": options.label(),
      "aria-readonly": "true",
    }),
  });
}
