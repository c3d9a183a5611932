/// <reference lib="dom" />
// ProseMirror parses and renders through DOM types, on the server too (linkedom).
import { type DOMOutputSpec, type NodeSpec, Schema } from "prosemirror-model";
import { tableNodes } from "prosemirror-tables";

/**
 * Bumped whenever a node or mark is added, removed or changes meaning. A client whose
 * version is older than a document's must open it read-only: y-prosemirror deletes
 * Yjs nodes that do not fit the client's schema.
 */
export const schemaVersion = 1;

/** Paragraph and heading alignment, as official documents use it. */
export const alignments = ["left", "center", "right", "justify"] as const;

export type Alignment = (typeof alignments)[number];

function readAlign(element: HTMLElement): Alignment | null {
  const value = element.style.textAlign;
  return (alignments as readonly string[]).includes(value) ? (value as Alignment) : null;
}

function blockStyle(align: Alignment | null, indent: number): string | null {
  const rules: string[] = [];
  if (align) rules.push(`text-align: ${align}`);
  // Official writing indents the first line by two characters (GB/T 9704-2012 §5.2.1).
  if (indent > 0) rules.push(`text-indent: ${indent}em`);
  return rules.length > 0 ? rules.join("; ") : null;
}

// Word writes the first-line indent in pt: two characters of the paragraph's font,
// so 32pt at 三号 (16pt, the GB/T 9704 body size) and 21pt at 五号 (10.5pt).
function readIndent(element: HTMLElement): number {
  const indent = /^(\d+(?:\.\d+)?)(em|pt)$/.exec(element.style.textIndent);
  if (!indent) return 0;

  const value = Number(indent[1]);
  if (indent[2] === "em") return Math.min(8, value);

  const fontSize = /^(\d+(?:\.\d+)?)pt$/.exec(fontSizeOf(element));
  if (fontSize) return Math.min(8, Math.round(value / Number(fontSize[1])));
  // No size to divide by: any indent that is two characters of a common Chinese body
  // size (10.5pt to 16pt) is taken as the customary two.
  if (value >= 18 && value <= 36) return 2;
  return Math.min(8, Math.round(value / 16));
}

// The paragraph's own size, else that of its first styled span (where Word puts it).
function fontSizeOf(element: HTMLElement): string {
  if (element.style.fontSize) return element.style.fontSize;
  const span = element.querySelector<HTMLElement>("span[style]");
  return span?.style.fontSize ?? "";
}

const paragraph: NodeSpec = {
  content: "inline*",
  group: "block",
  attrs: {
    align: { default: null, validate: "string|null" },
    indent: { default: 0, validate: "number" },
  },
  parseDOM: [
    {
      tag: "p",
      getAttrs: (element) => ({ align: readAlign(element), indent: readIndent(element) }),
    },
  ],
  toDOM(node): DOMOutputSpec {
    const style = blockStyle(node.attrs.align, node.attrs.indent);
    return style ? ["p", { style }, 0] : ["p", 0];
  },
};

const heading: NodeSpec = {
  content: "inline*",
  group: "block",
  defining: true,
  attrs: {
    level: { default: 1, validate: "number" },
    align: { default: null, validate: "string|null" },
  },
  parseDOM: [1, 2, 3, 4].map((level) => ({
    tag: `h${level}`,
    getAttrs: (element: HTMLElement) => ({ level, align: readAlign(element) }),
  })),
  toDOM(node): DOMOutputSpec {
    const style = blockStyle(node.attrs.align, 0);
    return style ? [`h${node.attrs.level}`, { style }, 0] : [`h${node.attrs.level}`, 0];
  },
};

const tables = tableNodes({
  tableGroup: "block",
  cellContent: "block+",
  cellAttributes: {},
});

/** The ProseMirror schema of every co-edited rich-text body in Xietong. */
export const officialSchema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph,
    heading,
    bullet_list: {
      content: "list_item+",
      group: "block",
      parseDOM: [{ tag: "ul" }],
      toDOM: () => ["ul", 0],
    },
    ordered_list: {
      content: "list_item+",
      group: "block",
      attrs: { order: { default: 1, validate: "number" } },
      parseDOM: [
        {
          tag: "ol",
          getAttrs: (element) => ({
            order: Number(element.getAttribute("start") ?? 1) || 1,
          }),
        },
      ],
      toDOM: (node) =>
        node.attrs.order === 1 ? ["ol", 0] : ["ol", { start: node.attrs.order }, 0],
    },
    list_item: {
      content: "paragraph block*",
      defining: true,
      parseDOM: [{ tag: "li" }],
      toDOM: () => ["li", 0],
    },
    ...tables,
    horizontal_rule: {
      group: "block",
      parseDOM: [{ tag: "hr" }],
      toDOM: () => ["hr"],
    },
    text: { group: "inline" },
    hard_break: {
      inline: true,
      group: "inline",
      selectable: false,
      parseDOM: [{ tag: "br" }],
      toDOM: () => ["br"],
    },
  },
  marks: {
    bold: {
      parseDOM: [
        { tag: "strong" },
        {
          tag: "b",
          getAttrs: (element) => element.style.fontWeight !== "normal" && null,
        },
        { style: "font-weight=bold" },
        {
          style: "font-weight",
          getAttrs: (value) => /^(bold(er)?|[6-9]\d{2})$/.test(value) && null,
        },
      ],
      toDOM: () => ["strong", 0],
    },
    italic: {
      parseDOM: [{ tag: "i" }, { tag: "em" }, { style: "font-style=italic" }],
      toDOM: () => ["em", 0],
    },
    underline: {
      parseDOM: [{ tag: "u" }, { style: "text-decoration=underline" }],
      toDOM: () => ["u", 0],
    },
  },
});

/** Node names of the schema, to refuse documents holding nodes this build does not know. */
export const knownNodeNames: ReadonlySet<string> = new Set(
  Object.keys(officialSchema.nodes),
);
