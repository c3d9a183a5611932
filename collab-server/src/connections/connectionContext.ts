import type { AwarenessUser, DocumentRole } from "@xietong/shared";

/**
 * What the server knows about one authenticated document connection. Filled by the
 * authentication extension; the access extension updates `role` when rights change.
 */
export interface ConnectionContext {
  memberId: string;
  /** The session behind the connection (the session id, i.e. the token hash). */
  sessionId: string;
  unitId: string;
  documentId: string;
  role: DocumentRole;
  trashed: boolean;
  /**
   * The awareness identity of this connection with the member's preferred colour;
   * AwarenessIdentity may stamp another colour when that one is taken.
   */
  user: AwarenessUser;
}

/** Whether a connection with this context may change the document body. */
export function isWritable(
  context: Pick<ConnectionContext, "role" | "trashed">,
): boolean {
  if (context.trashed) return false;
  return context.role === "owner" || context.role === "editor";
}
