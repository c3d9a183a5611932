import { type Database, findCollabToken, insertCollabToken } from "@xietong/db";
import type { Kysely } from "kysely";
import { type ValidatedSession, validateSessionById } from "./sessions.ts";
import { generateToken, hashToken, tokenHashesEqual } from "./sessionToken.ts";

/** How long a collab token may be used to open a connection. */
export const collabTokenLifetimeMs = 2 * 60_000;

/**
 * Mints a short-lived token that opens collab connections as the given session, for
 * Node clients and browsers that cannot send the cookie. Only its hash is stored; it
 * dies with the session (the row cascades) and after `collabTokenLifetimeMs`.
 */
export async function createCollabToken(
  db: Kysely<Database>,
  sessionId: string,
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + collabTokenLifetimeMs);
  await insertCollabToken(db, { id: hashToken(token), sessionId, expiresAt });
  return { token, expiresAt };
}

/**
 * Validates a collab token: unexpired, and its session still live (same checks as a
 * session cookie). Returns the session, member and unit, or null.
 */
export async function validateCollabToken(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<ValidatedSession | null> {
  if (!token) return null;
  const id = hashToken(token);
  const row = await findCollabToken(db, id);
  if (!row || !tokenHashesEqual(row.id, id)) return null;
  if (row.expiresAt.getTime() <= now.getTime()) return null;
  return validateSessionById(db, row.sessionId, now);
}
