import { bodyFragmentName, schemaVersion } from "@xietong/schema";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  checkDocumentSchema,
  observeUnknownNodes,
  unknownNodeNames,
} from "./schemaCheck.ts";

/** Builds a body from nested [name, children] pairs; strings become text nodes. */
type Shape = string | [string, Shape[]];

function element(shape: [string, Shape[]]): Y.XmlElement {
  const node = new Y.XmlElement(shape[0]);
  node.insert(0, shape[1].map(build));
  return node;
}

function build(shape: Shape): Y.XmlElement | Y.XmlText {
  return typeof shape === "string" ? new Y.XmlText(shape) : element(shape);
}

function body(...blocks: Shape[]): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment(bodyFragmentName);
  fragment.insert(0, blocks.map(build));
  return fragment;
}

describe("checkDocumentSchema", () => {
  it("accepts a body made of known nodes at this schema version", () => {
    const fragment = body(
      ["heading", ["通知"]],
      ["bullet_list", [["list_item", [["paragraph", ["一"]]]]]],
    );
    expect(
      checkDocumentSchema({ documentVersion: schemaVersion, body: fragment }),
    ).toEqual({
      ok: true,
    });
  });

  it("refuses a document written by a newer schema", () => {
    const result = checkDocumentSchema({
      documentVersion: schemaVersion + 1,
      body: body(),
    });
    expect(result).toEqual({
      ok: false,
      reason: "newerSchema",
      documentVersion: schemaVersion + 1,
    });
  });

  it("refuses a body holding a node this build does not know, however deep", () => {
    const fragment = body(
      ["paragraph", ["正文"]],
      [
        "table",
        [
          [
            "table_row",
            [
              [
                "table_cell",
                [
                  ["seal", []],
                  ["paragraph", []],
                ],
              ],
            ],
          ],
        ],
      ],
      ["annotation", []],
    );
    expect(
      checkDocumentSchema({ documentVersion: schemaVersion, body: fragment }),
    ).toEqual({
      ok: false,
      reason: "unknownNodes",
      nodeNames: ["annotation", "seal"],
    });
  });
});

describe("unknownNodeNames", () => {
  it("is empty for an empty body", () => {
    expect(unknownNodeNames(body())).toEqual([]);
  });
});

describe("observeUnknownNodes", () => {
  it("reports an unknown node as it arrives, nested or not, and only then", () => {
    const fragment = body(["paragraph", ["正文"]]);
    const reports: string[][] = [];
    const stop = observeUnknownNodes(fragment, (names) => reports.push(names));

    fragment.insert(1, [build(["paragraph", ["第二段"]])]);
    expect(reports).toEqual([]);

    fragment.insert(2, [build(["bullet_list", [["list_item", [["stamp", []]]]]])]);
    fragment.insert(0, [build(["seal", []])]);
    expect(reports).toEqual([["stamp"], ["seal"]]);

    stop();
    fragment.insert(0, [build(["seal", []])]);
    expect(reports).toHaveLength(2);
  });

  it("runs before an observer added after it, so the editor can unbind first", () => {
    const fragment = body();
    const order: string[] = [];
    observeUnknownNodes(fragment, () => order.push("guard"));
    fragment.observeDeep(() => order.push("binding"));

    fragment.insert(0, [build(["seal", []])]);
    expect(order).toEqual(["guard", "binding"]);
  });
});
