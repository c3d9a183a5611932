import {
  type Database,
  deleteMemberSessions,
  deleteSession,
  findMember,
  findSession,
  findUnit,
  insertSession,
  type Member,
  readUnitSettings,
  type Session,
  touchSession,
  type Unit,
  type UnitSettings,
} from "@xietong/db";
import type { Kysely } from "kysely";
import { sessionEnds } from "./sessionEnds.ts";
import { generateToken, hashToken, tokenHashesEqual } from "./sessionToken.ts";

/** A member as sessions carry it: everything but the password hash. */
export type SessionMember = Omit<Member, "passwordHash">;

/** A live session with the member and unit it belongs to. */
export interface ValidatedSession {
  session: Session;
  member: SessionMember;
  unit: Unit;
}

const minute = 60_000;

// Sliding the idle expiry writes a row; doing it at most once a minute keeps busy
// pages from writing on every request while costing at most a minute of idle time.
const touchInterval = minute;

/** Creates a session for a member and returns the token to hand to the client. */
export async function createSession(
  db: Kysely<Database>,
  options: {
    memberId: string;
    settings: UnitSettings;
    ip?: string | null;
    userAgent?: string | null;
    now?: Date;
  },
): Promise<{ token: string; session: Session }> {
  const now = options.now ?? new Date();
  const token = generateToken();
  const absoluteExpiresAt = new Date(
    now.getTime() + options.settings.sessionAbsoluteHours * 60 * minute,
  );
  const idleExpiresAt = new Date(
    Math.min(
      now.getTime() + options.settings.sessionIdleMinutes * minute,
      absoluteExpiresAt.getTime(),
    ),
  );
  const row = {
    id: hashToken(token),
    memberId: options.memberId,
    lastSeenAt: now,
    idleExpiresAt,
    absoluteExpiresAt,
    ip: options.ip ?? null,
    // A hostile client can send a huge header; the column is for display only.
    userAgent: options.userAgent?.slice(0, 300) ?? null,
  };
  await insertSession(db, row);

  return { token, session: { ...row, createdAt: now } };
}

/**
 * Validates a session token: the session must exist, be within both its idle and
 * absolute lifetime (as the unit's current settings define them), and belong to an
 * active member of an active unit. Slides the idle expiry. Expired sessions are deleted.
 */
export async function validateSessionToken(
  db: Kysely<Database>,
  token: string,
  now: Date = new Date(),
): Promise<ValidatedSession | null> {
  if (!token) return null;
  const id = hashToken(token);
  const session = await findSession(db, id);
  if (!session || !tokenHashesEqual(session.id, id)) return null;
  return validateSession(db, session, now);
}

/** Validates a session row already found by id; shared by cookies and collab tokens. */
export async function validateSessionById(
  db: Kysely<Database>,
  sessionId: string,
  now: Date = new Date(),
): Promise<ValidatedSession | null> {
  const session = await findSession(db, sessionId);
  if (!session) return null;
  return validateSession(db, session, now);
}

async function validateSession(
  db: Kysely<Database>,
  session: Session,
  now: Date,
): Promise<ValidatedSession | null> {
  const memberRow = await findMember(db, session.memberId);
  const unit = memberRow ? await findUnit(db, memberRow.unitId) : undefined;
  if (!memberRow || !unit) {
    await deleteSession(db, session.id);
    return null;
  }
  if (memberRow.status !== "active" || unit.status !== "active") return null;

  const settings = readUnitSettings(unit);
  const { idleEnd, absoluteEnd } = sessionEnds(session, settings);
  if (now.getTime() >= absoluteEnd.getTime() || now.getTime() >= idleEnd.getTime()) {
    await deleteSession(db, session.id);
    return null;
  }

  let current = session;
  if (now.getTime() - session.lastSeenAt.getTime() >= touchInterval) {
    const idleExpiresAt = new Date(
      Math.min(
        now.getTime() + settings.sessionIdleMinutes * minute,
        absoluteEnd.getTime(),
      ),
    );
    await touchSession(db, { id: session.id, lastSeenAt: now, idleExpiresAt });
    current = { ...session, lastSeenAt: now, idleExpiresAt };
  }

  const { passwordHash: _hash, ...member } = memberRow;
  return { session: current, member, unit };
}

/** Ends one session (sign-out). */
export async function invalidateSession(
  db: Kysely<Database>,
  sessionId: string,
): Promise<void> {
  await deleteSession(db, sessionId);
}

/**
 * Ends every session of a member, except `exceptId` when given (the session that just
 * changed the password keeps going under a new token). Returns the ended session ids.
 */
export function invalidateMemberSessions(
  db: Kysely<Database>,
  memberId: string,
  options: { exceptId?: string } = {},
): Promise<string[]> {
  return deleteMemberSessions(db, { memberId, ...options });
}
