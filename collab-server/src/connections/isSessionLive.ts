import type { Database } from "@xietong/db";
import { findMember, findSession, findUnit, readUnitSettings } from "@xietong/db";
import type { Kysely } from "kysely";

const minute = 60_000;

/**
 * Whether a session is still live, without sliding its idle expiry: an open editor
 * tab must not keep a session alive by merely being open. Mirrors the checks of
 * `validateSessionById` in `@xietong/auth` (which slides it).
 */
export async function isSessionLive(
  db: Kysely<Database>,
  sessionId: string,
  now: Date = new Date(),
): Promise<boolean> {
  const session = await findSession(db, sessionId);
  if (!session) return false;

  const member = await findMember(db, session.memberId);
  if (member?.status !== "active") return false;
  const unit = await findUnit(db, member.unitId);
  if (unit?.status !== "active") return false;

  const settings = readUnitSettings(unit);
  const absoluteEnd = Math.min(
    session.absoluteExpiresAt.getTime(),
    session.createdAt.getTime() + settings.sessionAbsoluteHours * 60 * minute,
  );
  const idleEnd = Math.min(
    session.idleExpiresAt.getTime(),
    session.lastSeenAt.getTime() + settings.sessionIdleMinutes * minute,
  );
  return now.getTime() < absoluteEnd && now.getTime() < idleEnd;
}
