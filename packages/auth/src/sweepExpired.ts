import {
  type Database,
  deleteExpiredCollabTokens,
  deleteExpiredSessions,
  deleteLoginFailuresBefore,
} from "@xietong/db";
import type { Kysely } from "kysely";

// The longest lockout window a unit may set is a day; older failures never count.
const failureRetentionMs = 24 * 60 * 60_000;

/**
 * Deletes sessions past either expiry, expired collab tokens and sign-in failures too
 * old to count. Validation already refuses all of these; sweeping only keeps the
 * tables small. Returns how many rows of each went.
 */
export async function sweepExpired(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<{ sessions: number; collabTokens: number; loginFailures: number }> {
  const collabTokens = await deleteExpiredCollabTokens(db, now);
  const sessions = await deleteExpiredSessions(db, now);
  const loginFailures = await deleteLoginFailuresBefore(
    db,
    new Date(now.getTime() - failureRetentionMs),
  );
  return { sessions, collabTokens, loginFailures };
}
