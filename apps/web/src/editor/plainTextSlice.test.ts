import { officialSchema } from "@xietong/schema";
import { EditorState, TextSelection } from "prosemirror-state";
import { describe, expect, it } from "vitest";
import { plainTextSlice } from "./plainTextSlice.ts";

const s = officialSchema;

describe("plainTextSlice", () => {
  it("joins the first and last lines to the paragraph at the cursor", () => {
    const doc = s.node("doc", null, [s.node("paragraph", null, [s.text("前后")])]);
    const state = EditorState.create({ doc, selection: TextSelection.create(doc, 2) });

    const pasted = state.apply(
      state.tr.replaceSelection(plainTextSlice("第一行\r\n\r\n第二行\u0007")),
    );

    expect(pasted.doc.childCount).toBe(2);
    expect(pasted.doc.child(0).textContent).toBe("前第一行");
    expect(pasted.doc.child(1).textContent).toBe("第二行后");
    pasted.doc.check();
  });
});
