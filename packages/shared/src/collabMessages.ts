/**
 * Stateless messages the collab server sends to a provider, as JSON strings.
 * - `saved`: every update this connection sent before it is durable in PostgreSQL.
 *   A client shows 已保存 only when it has no unacknowledged update and the last of
 *   {update acknowledgement, `saved`} it received was `saved`.
 * - `access`: the connection's right changed live (e.g. lowered to viewer); the
 *   editor switches to read-only or back without a reload.
 * - `saveFailed`: storing failed; the document is kept in memory and retried.
 */
export type CollabServerMessage =
  | { type: "saved" }
  | { type: "access"; role: DocumentRole }
  | { type: "saveFailed" };

/**
 * Why the collab server closed a connection, as Hocuspocus sends it (`{ code, reason }`).
 * A whole socket closes with the code; one document of a shared socket is closed by a
 * message that reaches the provider as code 1000 with the reason only, so clients
 * must read both. Reasons are stable ids; the web app maps them, never messages.
 */
export const collabCloseReasons = {
  /** No right on the document, or it does not exist. */
  forbidden: { code: 4403, reason: "forbidden" },
  /** The token or session is missing, invalid or ended. */
  unauthorized: { code: 4401, reason: "unauthorized" },
  /** The stored document could not be loaded; the client may retry. */
  loadFailed: { code: 4503, reason: "loadFailed" },
  /** A frame or Yjs update that could not be applied. */
  invalidUpdate: { code: 4400, reason: "invalidUpdate" },
} as const;

/** One of the collab server's close reasons. */
export type CollabCloseReason = keyof typeof collabCloseReasons;

/** A member's right on a document, strongest first. */
export const documentRoles = ["owner", "editor", "commenter", "viewer"] as const;

export type DocumentRole = (typeof documentRoles)[number];

/** Whether a role may change a document's body. */
export function canEditBody(role: DocumentRole): boolean {
  return role === "owner" || role === "editor";
}

/** Parses a stateless payload from the collab server; null for anything unknown. */
export function parseCollabServerMessage(payload: string): CollabServerMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;

  const message = value as { type?: unknown; role?: unknown };
  switch (message.type) {
    case "saved":
    case "saveFailed":
      return { type: message.type };
    case "access":
      return (documentRoles as readonly unknown[]).includes(message.role)
        ? { type: "access", role: message.role as DocumentRole }
        : null;
    default:
      return null;
  }
}

/**
 * The awareness field the server fills for every connection; clients may not set it.
 * Names and colours come from the member record, so nobody can pose as another.
 */
export interface AwarenessUser {
  id: string;
  name: string;
  color: string;
}
