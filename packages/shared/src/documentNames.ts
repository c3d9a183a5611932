/** The kinds of co-edited Yjs documents; each maps to a table of its own later on. */
export const documentKinds = ["document"] as const;

export type DocumentKind = (typeof documentKinds)[number];

/** A parsed Yjs document name: which kind of entity, and its id. */
export interface DocumentName {
  kind: DocumentKind;
  id: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Builds the Yjs document name `<kind>.<uuid>` for an entity. */
export function formatDocumentName(name: DocumentName): string {
  if (!uuidPattern.test(name.id)) {
    throw new RangeError(`formatDocumentName: "${name.id}" is not a lowercase UUID`);
  }
  return `${name.kind}.${name.id}`;
}

/** Parses `<kind>.<uuid>`; returns null for anything else, so callers refuse it. */
export function parseDocumentName(value: string): DocumentName | null {
  const dot = value.indexOf(".");
  if (dot < 0) return null;

  const kind = value.slice(0, dot);
  const id = value.slice(dot + 1);
  if (!(documentKinds as readonly string[]).includes(kind)) return null;
  if (!uuidPattern.test(id)) return null;

  return { kind: kind as DocumentKind, id };
}
