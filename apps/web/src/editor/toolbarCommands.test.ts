import { officialSchema } from "@xietong/schema";
import type { Node } from "prosemirror-model";
import { type Command, EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import {
  activeAlignment,
  activeBlock,
  activeList,
  insertHorizontalRule,
  insertTable,
  isFirstLineIndented,
  isMarkActive,
  setAlignment,
  setHeading,
  setParagraph,
  toggleFirstLineIndent,
  toggleList,
  toggleToolbarMark,
} from "./toolbarCommands.ts";

const s = officialSchema;

function paragraph(text: string, attrs: Record<string, unknown> = {}): Node {
  return s.node("paragraph", attrs, text ? [s.text(text)] : []);
}

/** A state over paragraphs, the selection from `from` to `to` (cursor at `from` alone). */
function stateOf(blocks: Node[], from = 1, to = from): EditorState {
  const doc = s.node("doc", null, blocks);
  return EditorState.create({ doc, selection: TextSelection.create(doc, from, to) });
}

function apply(state: EditorState, command: Command): EditorState {
  let next = state;
  const handled = command(state, (tr) => {
    next = state.apply(tr);
  });
  expect(handled).toBe(true);
  return next;
}

describe("setHeading and setParagraph", () => {
  it("turns a paragraph into a heading of the level and back, keeping its alignment", () => {
    const state = stateOf([paragraph("关于开展检查的通知", { align: "center" })], 2);
    const heading = apply(state, setHeading(2));
    expect(heading.doc.child(0).type.name).toBe("heading");
    expect(heading.doc.child(0).attrs).toMatchObject({ level: 2, align: "center" });
    expect(activeBlock(heading)).toEqual({ type: "heading", level: 2 });

    const body = apply(heading, setParagraph);
    expect(body.doc.child(0).type.name).toBe("paragraph");
    expect(body.doc.child(0).attrs.align).toBe("center");
    expect(activeBlock(body)).toEqual({ type: "paragraph" });
  });
});

describe("toggleToolbarMark", () => {
  it("makes the selected text bold and reports it active, then removes it", () => {
    const state = stateOf([paragraph("各部门")], 1, 4);
    const bold = apply(state, toggleToolbarMark("bold"));
    expect(isMarkActive(bold, "bold")).toBe(true);
    expect(isMarkActive(bold, "italic")).toBe(false);
    expect(
      bold.doc
        .child(0)
        .child(0)
        .marks.map((mark) => mark.type.name),
    ).toEqual(["bold"]);

    const plain = apply(bold, toggleToolbarMark("bold"));
    expect(isMarkActive(plain, "bold")).toBe(false);
  });

  it("underlines the stored marks at a cursor so typed text is underlined", () => {
    const state = apply(stateOf([paragraph("文")], 2), toggleToolbarMark("underline"));
    expect(isMarkActive(state, "underline")).toBe(true);
    const typed = state.apply(state.tr.insertText("字"));
    expect(
      typed.doc
        .child(0)
        .child(1)
        .marks.map((mark) => mark.type.name),
    ).toEqual(["underline"]);
  });
});

describe("setAlignment", () => {
  it("aligns every selected block and stores left as no alignment", () => {
    const state = stateOf([paragraph("甲"), paragraph("乙")], 1, 5);
    const centred = apply(state, setAlignment("center"));
    expect(centred.doc.child(0).attrs.align).toBe("center");
    expect(centred.doc.child(1).attrs.align).toBe("center");
    expect(activeAlignment(centred)).toBe("center");

    const left = apply(centred, setAlignment("left"));
    expect(left.doc.child(1).attrs.align).toBeNull();
    expect(activeAlignment(left)).toBe("left");
  });

  it("reports no shared alignment for blocks aligned differently", () => {
    const state = stateOf([paragraph("甲", { align: "right" }), paragraph("乙")], 1, 5);
    expect(activeAlignment(state)).toBeNull();
  });
});

describe("toggleFirstLineIndent", () => {
  it("indents the first line by two characters and removes it again", () => {
    const state = stateOf([paragraph("为促进电子化办公")], 2);
    const indented = apply(state, toggleFirstLineIndent);
    expect(indented.doc.child(0).attrs.indent).toBe(2);
    expect(isFirstLineIndented(indented)).toBe(true);

    const flat = apply(indented, toggleFirstLineIndent);
    expect(flat.doc.child(0).attrs.indent).toBe(0);
    expect(isFirstLineIndented(flat)).toBe(false);
  });

  it("does nothing in a heading", () => {
    const doc = s.node("doc", null, [s.node("heading", { level: 1 }, [s.text("标题")])]);
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 2) });
    expect(toggleFirstLineIndent(state)).toBe(false);
  });
});

describe("toggleList", () => {
  it("wraps a paragraph in a numbered list and lifts it out again", () => {
    const state = stateOf([paragraph("第一条")], 2);
    const listed = apply(state, toggleList("ordered_list"));
    expect(listed.doc.child(0).type.name).toBe("ordered_list");
    expect(activeList(listed)).toBe("ordered_list");

    const lifted = apply(listed, toggleList("ordered_list"));
    expect(lifted.doc.child(0).type.name).toBe("paragraph");
    expect(activeList(lifted)).toBeNull();
  });

  it("makes a bullet list", () => {
    const listed = apply(stateOf([paragraph("要点")], 2), toggleList("bullet_list"));
    expect(activeList(listed)).toBe("bullet_list");
  });
});

describe("insertTable", () => {
  it("inserts a valid 3×3 table after the block with the cursor in its first cell", () => {
    const state = apply(stateOf([paragraph("表：")], 2), insertTable());
    const table = state.doc.child(1);
    expect(table.type.name).toBe("table");
    expect(table.childCount).toBe(3);
    expect(table.child(0).childCount).toBe(3);
    state.doc.check();
    expect(state.selection.$from.node(-1).type.name).toBe("table_cell");
  });
});

describe("insertHorizontalRule", () => {
  it("inserts a rule and a paragraph to keep typing when it ends the document", () => {
    const state = apply(stateOf([paragraph("正文")], 2), insertHorizontalRule);
    expect(state.doc.childCount).toBe(3);
    expect(state.doc.child(1).type.name).toBe("horizontal_rule");
    expect(state.doc.child(2).type.name).toBe("paragraph");
    expect(state.selection.$from.parent).toBe(state.doc.child(2));
  });
});
