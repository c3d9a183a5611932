/**
 * Close events the collab server sends, as Hocuspocus expects them (`{ code, reason }`).
 * Reasons are stable ids: the web app maps them to text and never matches messages.
 */
export const closeEvents = {
  /** No right on the document, or it does not exist. */
  forbidden: { code: 4403, reason: "forbidden" },
  /** The token or session is missing, invalid or ended. */
  unauthorized: { code: 4401, reason: "unauthorized" },
  /** The stored document could not be loaded; the client may retry. */
  loadFailed: { code: 4503, reason: "loadFailed" },
  /** A frame or Yjs update that could not be applied. */
  invalidUpdate: { code: 4400, reason: "invalidUpdate" },
} as const;

/** A close event as thrown from a hook: Hocuspocus reads `code` and `reason` off it. */
export class CollabRefusal extends Error {
  readonly code: number;
  readonly reason: string;

  constructor(event: { code: number; reason: string }) {
    super(`Collab connection refused: "${event.reason}"`);
    this.code = event.code;
    this.reason = event.reason;
  }
}
