import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import {
  readSessionCookie,
  type ValidatedSession,
  validateCollabToken,
  validateSessionToken,
} from "@xietong/auth";
import type { Database } from "@xietong/db";
import { resolveDocumentRole } from "@xietong/db";
import { memberColor, parseDocumentName } from "@xietong/shared";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { CollabRefusal, closeEvents } from "../closeEvents.ts";
import { type ConnectionContext, isWritable } from "../connections/connectionContext.ts";

/** The token a browser sends to say "authenticate me by my session cookie". */
export const sessionTokenMarker = "session";

/**
 * Authenticates every document connection: the token is a collab token or the
 * literal "session" (read the session cookie of the upgrade request); the document
 * name must parse and the member must have a right on the document, which exists.
 * Viewers, commenters and a trashed document get a read-only connection. The Origin
 * was already checked at the upgrade, before any of this runs.
 */
export class Authentication implements Extension {
  extensionName = "authentication";
  priority = 200;

  private readonly db: Kysely<Database>;
  private readonly log: Logger;

  constructor(options: { db: Kysely<Database>; logger: Logger }) {
    this.db = options.db;
    this.log = options.logger;
  }

  async onAuthenticate({
    token,
    documentName,
    requestHeaders,
    connectionConfig,
    socketId,
  }: onAuthenticatePayload): Promise<ConnectionContext> {
    const name = parseDocumentName(documentName);
    if (!name) {
      this.log.warn({ socketId }, "connection refused: bad document name");
      throw new CollabRefusal(closeEvents.forbidden);
    }

    const identity = await this.identify(token, requestHeaders);
    if (!identity) {
      this.log.info({ socketId, documentId: name.id }, "connection refused: no session");
      throw new CollabRefusal(closeEvents.unauthorized);
    }

    const memberId = identity.member.id;
    const resolved = await resolveDocumentRole(this.db, {
      memberId,
      documentId: name.id,
    });
    if (!resolved) {
      this.log.info(
        { socketId, memberId, documentId: name.id },
        "connection refused: no right",
      );
      throw new CollabRefusal(closeEvents.forbidden);
    }

    const context: ConnectionContext = {
      memberId,
      sessionId: identity.session.id,
      unitId: resolved.unitId,
      documentId: name.id,
      role: resolved.role,
      trashed: resolved.trashed,
      user: { id: memberId, name: identity.member.name, color: memberColor(memberId) },
    };
    connectionConfig.readOnly = !isWritable(context);

    this.log.info(
      { socketId, memberId, documentId: name.id, role: resolved.role },
      "connection authenticated",
    );
    return context;
  }

  private identify(token: string, headers: Headers): Promise<ValidatedSession | null> {
    if (token !== sessionTokenMarker) return validateCollabToken(this.db, token);

    const sessionToken = readSessionCookie(headers.get("cookie"));
    if (!sessionToken) return Promise.resolve(null);
    return validateSessionToken(this.db, sessionToken);
  }
}
