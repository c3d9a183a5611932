import { describe, expect, it } from "vitest";
import { htmlToDoc } from "./htmlToDoc.ts";

describe("htmlToDoc", () => {
  it("keeps headings, lists, tables, alignment, indent and marks", () => {
    const doc = htmlToDoc(
      [
        "<h2>一、总体要求</h2>",
        '<p style="text-align: justify; text-indent: 2em">正文<em>强调</em><u>下划线</u></p>',
        "<ol><li><p>第一项</p></li></ol>",
        "<table><tr><td>单元格</td></tr></table>",
        "<hr>",
      ].join(""),
    );
    const json = JSON.stringify(doc.toJSON());

    expect(doc.child(0).type.name).toBe("heading");
    expect(doc.child(0).attrs.level).toBe(2);
    expect(doc.child(1).attrs).toEqual({ align: "justify", indent: 2 });
    expect(json).toContain('"italic"');
    expect(json).toContain('"underline"');
    expect(doc.child(2).type.name).toBe("ordered_list");
    expect(doc.child(3).type.name).toBe("table");
    expect(doc.child(4).type.name).toBe("horizontal_rule");
  });

  it("keeps the first-line indent of paragraphs pasted from Word, in em or pt", () => {
    const doc = htmlToDoc(
      [
        '<p class=MsoNormal style="text-indent:2.0em">em 缩进</p>',
        '<p class=MsoNormal style="text-indent:32.0pt"><span style="font-size:16.0pt">三号</span></p>',
        '<p class=MsoNormal style="text-indent:21pt"><span lang=EN-US>五号</span></p>',
        '<p class=MsoNormal style="text-indent:21.0pt;font-size:10.5pt">五号带字号</p>',
        '<p class=MsoNormal style="text-indent:0cm">不缩进</p>',
      ].join(""),
    );

    expect([0, 1, 2, 3, 4].map((index) => doc.child(index).attrs.indent)).toEqual([
      2, 2, 2, 2, 0,
    ]);
  });

  it("drops scripts, styles and unknown elements but keeps their visible text", () => {
    const doc = htmlToDoc(
      '<script>steal()</script><style>p{}</style><p>可见<span onclick="x()">文字</span></p>',
    );
    expect(doc.textContent).toBe("可见文字");
  });

  it("gives an empty input one empty paragraph, as the schema requires", () => {
    const doc = htmlToDoc("");
    expect(doc.childCount).toBe(1);
    expect(doc.child(0).type.name).toBe("paragraph");
  });
});
