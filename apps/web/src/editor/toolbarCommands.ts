import { type Alignment, officialSchema } from "@xietong/schema";
import { setBlockType, toggleMark } from "prosemirror-commands";
import type { MarkType, Node, NodeType } from "prosemirror-model";
import { liftListItem, wrapInList } from "prosemirror-schema-list";
import {
  type Command,
  type EditorState,
  Selection,
  type Transaction,
} from "prosemirror-state";

/** A node type of the schema; the toolbar is written against these names. */
function nodeType(name: string): NodeType {
  const type = officialSchema.nodes[name];
  if (!type) throw new RangeError(`toolbarCommands: the schema has no node "${name}"`);
  return type;
}

function markType(name: ToolbarMark): MarkType {
  const type = officialSchema.marks[name];
  if (!type) throw new RangeError(`toolbarCommands: the schema has no mark "${name}"`);
  return type;
}

/** The first-line indent of a paragraph in official writing, in characters (em). */
export const firstLineIndent = 2;

/** Heading levels the toolbar offers; 标题 1–3. */
export const toolbarHeadingLevels = [1, 2, 3] as const;

export type ToolbarHeadingLevel = (typeof toolbarHeadingLevels)[number];

/** The marks the toolbar toggles. */
export type ToolbarMark = "bold" | "italic" | "underline";

/** The list kinds the toolbar toggles. */
export type ToolbarList = "ordered_list" | "bullet_list";

/** Textblocks touched by the selection, with their positions, in document order. */
function selectedTextblocks(state: EditorState): Array<{ node: Node; pos: number }> {
  const found: Array<{ node: Node; pos: number }> = [];
  for (const range of state.selection.ranges) {
    state.doc.nodesBetween(range.$from.pos, range.$to.pos, (node, pos) => {
      if (!node.isTextblock) return true;
      found.push({ node, pos });
      return false;
    });
  }
  return found;
}

/** Turns the selected blocks into a heading of a level, keeping their alignment. */
export function setHeading(level: ToolbarHeadingLevel): Command {
  return (state, dispatch) => {
    const align = selectedTextblocks(state)[0]?.node.attrs.align ?? null;
    return setBlockType(nodeType("heading"), { level, align })(state, dispatch);
  };
}

/** Turns the selected blocks into body paragraphs (正文), keeping their alignment. */
export const setParagraph: Command = (state, dispatch) => {
  const align = selectedTextblocks(state)[0]?.node.attrs.align ?? null;
  return setBlockType(nodeType("paragraph"), { align })(state, dispatch);
};

/** Toggles bold, italic or underline on the selection or the stored marks. */
export function toggleToolbarMark(mark: ToolbarMark): Command {
  return toggleMark(markType(mark));
}

/**
 * Aligns every selected paragraph and heading. Left is stored as no alignment, because
 * it is the default of official writing and keeps the document free of noise.
 */
export function setAlignment(align: Alignment): Command {
  const value = align === "left" ? null : align;
  return (state, dispatch) => {
    const blocks = selectedTextblocks(state).filter(({ node }) => "align" in node.attrs);
    if (blocks.length === 0) return false;
    if (!dispatch) return true;

    const tr = state.tr;
    for (const { node, pos } of blocks) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, align: value });
    }
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Indents the first line of every selected paragraph by two characters, or removes it. */
export const toggleFirstLineIndent: Command = (state, dispatch) => {
  const paragraphs = selectedTextblocks(state).filter(
    ({ node }) => node.type.name === "paragraph",
  );
  if (paragraphs.length === 0) return false;
  if (!dispatch) return true;

  const indent = isFirstLineIndented(state) ? 0 : firstLineIndent;
  const tr = state.tr;
  for (const { node, pos } of paragraphs) {
    tr.setNodeMarkup(pos, undefined, { ...node.attrs, indent });
  }
  dispatch(tr);
  return true;
};

/** Wraps the selection in a list of a kind, or lifts it out when it is already in one. */
export function toggleList(kind: ToolbarList): Command {
  return (state, dispatch) => {
    const itemType = nodeType("list_item");
    if (activeList(state) === kind) return liftListItem(itemType)(state, dispatch);
    return wrapInList(nodeType(kind))(state, dispatch);
  };
}

/** Inserts an empty table of a size after the selection, with the cursor in its first cell. */
export function insertTable(rows = 3, columns = 3): Command {
  return (state, dispatch) => {
    if (!dispatch) return true;

    const cell = () => nodeType("table_cell").createAndFill() as Node;
    const row = () =>
      nodeType("table_row").create(null, Array.from({ length: columns }, cell));
    const table = nodeType("table").create(null, Array.from({ length: rows }, row));

    const { $to } = state.selection;
    const insertAt = $to.depth > 0 ? $to.after(1) : $to.pos;
    const tr = state.tr.insert(insertAt, table);
    dispatch(selectInserted(tr, insertAt + 3).scrollIntoView());
    return true;
  };
}

/** Inserts a horizontal rule (分隔线) after the current top-level block. */
export const insertHorizontalRule: Command = (state, dispatch) => {
  if (!dispatch) return true;

  const rule = nodeType("horizontal_rule").create();
  const { $to } = state.selection;
  const insertAt = $to.depth > 0 ? $to.after(1) : $to.pos;
  const tr = state.tr.insert(insertAt, rule);

  // Keep a place to type after the rule when it ends the document.
  const after = insertAt + rule.nodeSize;
  if (after === tr.doc.content.size) {
    tr.insert(after, nodeType("paragraph").create());
  }
  dispatch(selectInserted(tr, after + 1).scrollIntoView());
  return true;
};

function selectInserted(tr: Transaction, pos: number): Transaction {
  const $pos = tr.doc.resolve(Math.min(pos, tr.doc.content.size));
  return tr.setSelection(Selection.near($pos));
}

/** Whether a mark is on at the cursor or across the whole selection. */
export function isMarkActive(state: EditorState, mark: ToolbarMark): boolean {
  const type = markType(mark);
  const { from, $from, to, empty } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

/** The kind of the selected blocks (正文 or 标题 n), or null when they differ. */
export function activeBlock(
  state: EditorState,
): { type: "paragraph" } | { type: "heading"; level: number } | null {
  const blocks = selectedTextblocks(state);
  const first = blocks[0]?.node;
  if (!first) return null;

  const same = blocks.every(
    ({ node }) => node.type === first.type && node.attrs.level === first.attrs.level,
  );
  if (!same) return null;
  if (first.type.name === "heading") return { type: "heading", level: first.attrs.level };
  if (first.type.name === "paragraph") return { type: "paragraph" };
  return null;
}

/** The alignment shared by every selected block, null alignment reading as left. */
export function activeAlignment(state: EditorState): Alignment | null {
  const aligns = selectedTextblocks(state)
    .filter(({ node }) => "align" in node.attrs)
    .map(({ node }) => (node.attrs.align ?? "left") as Alignment);
  const first = aligns[0];
  if (!first) return null;
  return aligns.every((align) => align === first) ? first : null;
}

/** Whether every selected paragraph has its first line indented. */
export function isFirstLineIndented(state: EditorState): boolean {
  const paragraphs = selectedTextblocks(state).filter(
    ({ node }) => node.type.name === "paragraph",
  );
  return paragraphs.length > 0 && paragraphs.every(({ node }) => node.attrs.indent > 0);
}

/** The innermost list around the selection start, or null outside lists. */
export function activeList(state: EditorState): ToolbarList | null {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const name = $from.node(depth).type.name;
    if (name === "ordered_list" || name === "bullet_list") return name;
  }
  return null;
}
