import { collabCloseReasons } from "@xietong/shared";

/**
 * Close events the collab server sends, as Hocuspocus expects them (`{ code, reason }`):
 * the shared `collabCloseReasons`, which the web app reads too.
 */
export const closeEvents = collabCloseReasons;

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
