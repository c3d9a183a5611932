import { knownNodeNames, schemaVersion } from "@xietong/schema";
import * as Y from "yjs";

/** Why a document must open read-only in this build, or that it may be edited. */
export type SchemaCheck =
  | { ok: true }
  | { ok: false; reason: "newerSchema"; documentVersion: number }
  | { ok: false; reason: "unknownNodes"; nodeNames: string[] };

/**
 * Whether this build may bind an editor to a document body. y-prosemirror deletes Yjs
 * nodes that do not fit the client's schema, so a document written by a newer schema,
 * or holding node names this build does not know, must be opened read-only.
 */
export function checkDocumentSchema(options: {
  documentVersion: number;
  body: Y.XmlFragment;
}): SchemaCheck {
  if (options.documentVersion > schemaVersion) {
    return { ok: false, reason: "newerSchema", documentVersion: options.documentVersion };
  }

  const unknown = unknownNodeNames(options.body);
  if (unknown.length > 0)
    return { ok: false, reason: "unknownNodes", nodeNames: unknown };

  return { ok: true };
}

/** Names of the elements in a body that the schema does not define, sorted, once each. */
export function unknownNodeNames(body: Y.XmlFragment | Y.XmlElement): string[] {
  const unknown = new Set<string>();
  // An explicit stack, not recursion: bodies of long documents nest tables in lists.
  const stack: Array<Y.XmlFragment | Y.XmlElement> = [body];

  while (stack.length > 0) {
    const parent = stack.pop();
    if (!parent) break;

    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (!knownNodeNames.has(child.nodeName)) unknown.add(child.nodeName);
      stack.push(child);
    }
  }

  return [...unknown].sort();
}

/**
 * Calls `onUnknown` as soon as a change brings into the body a node this build does
 * not know. Register it before binding y-prosemirror: Yjs calls deep observers in the
 * order they were added, so the caller can unbind the editor before y-prosemirror
 * sees the node and deletes it. Returns the function that stops watching.
 */
export function observeUnknownNodes(
  body: Y.XmlFragment,
  onUnknown: (nodeNames: string[]) => void,
): () => void {
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    const unknown = new Set<string>();

    for (const event of events) {
      for (const item of event.changes.added) {
        const content = item.content;
        if (!(content instanceof Y.ContentType)) continue;

        const type = content.type;
        if (!(type instanceof Y.XmlElement)) continue;
        if (!knownNodeNames.has(type.nodeName)) unknown.add(type.nodeName);
        for (const name of unknownNodeNames(type)) unknown.add(name);
      }
    }

    if (unknown.size > 0) onUnknown([...unknown].sort());
  };

  body.observeDeep(observer);
  return () => body.unobserveDeep(observer);
}
