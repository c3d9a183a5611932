import {
  clearLoginFailures,
  countLoginFailuresSince,
  type Database,
  findMemberByPhone,
  findUnit,
  insertLoginFailure,
  lockMember,
  readUnitSettings,
  type Session,
} from "@xietong/db";
import type { ErrorId } from "@xietong/shared";
import type { Kysely } from "kysely";
import type { IpThrottle } from "./createIpThrottle.ts";
import { verifyAgainstDummy, verifyPassword } from "./passwords.ts";
import { createSession } from "./sessions.ts";

/** The outcome of a sign-in attempt. */
export type SignInResult =
  | {
      ok: true;
      token: string;
      session: Session;
      memberId: string;
      mustChangePassword: boolean;
    }
  | {
      ok: false;
      errorId: ErrorId;
      memberId?: string;
      /** When the lock ends, for `auth.locked`. */
      lockedUntil?: Date;
    };

const minute = 60_000;

/**
 * Checks a phone and password and opens a new session. Unknown phones and wrong
 * passwords give the same error after the same argon2 work. Failures count toward a
 * per-account lock (the unit's lockout settings) and every attempt toward the
 * per-IP throttle.
 */
export async function signIn(
  db: Kysely<Database>,
  options: {
    phone: string;
    password: string;
    ip: string;
    userAgent?: string | null;
    throttle: IpThrottle;
    now?: Date;
  },
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  if (!options.throttle.hit(options.ip, now.getTime())) {
    return { ok: false, errorId: "auth.throttled" };
  }

  const member = await findMemberByPhone(db, options.phone);
  if (!member) {
    await verifyAgainstDummy(options.password);
    await insertLoginFailure(db, {
      memberId: null,
      phone: options.phone,
      ip: options.ip,
    });
    return { ok: false, errorId: "auth.invalidCredentials" };
  }

  if (member.lockedUntil && member.lockedUntil.getTime() > now.getTime()) {
    return {
      ok: false,
      errorId: "auth.locked",
      memberId: member.id,
      lockedUntil: member.lockedUntil,
    };
  }

  const unit = await findUnit(db, member.unitId);
  if (!unit) return { ok: false, errorId: "auth.invalidCredentials" };
  const settings = readUnitSettings(unit);

  const valid = await verifyPassword(member.passwordHash, options.password);
  if (!valid) {
    await insertLoginFailure(db, {
      memberId: member.id,
      phone: options.phone,
      ip: options.ip,
    });
    const failures = await countLoginFailuresSince(db, {
      memberId: member.id,
      since: new Date(now.getTime() - settings.lockoutWindowMinutes * minute),
    });
    if (failures >= settings.lockoutFailures) {
      const lockedUntil = new Date(now.getTime() + settings.lockoutMinutes * minute);
      await lockMember(db, { id: member.id, until: lockedUntil });
      // The failures that caused this lock must not lock the account again after it ends.
      await clearLoginFailures(db, member.id);
      return { ok: false, errorId: "auth.locked", memberId: member.id, lockedUntil };
    }
    return { ok: false, errorId: "auth.invalidCredentials", memberId: member.id };
  }

  // Status is checked only after the password, so it tells nothing to someone guessing.
  if (member.status !== "active") {
    return { ok: false, errorId: "auth.memberDisabled", memberId: member.id };
  }
  if (unit.status !== "active") {
    return { ok: false, errorId: "auth.unitDisabled", memberId: member.id };
  }

  await clearLoginFailures(db, member.id);
  const { token, session } = await createSession(db, {
    memberId: member.id,
    settings,
    ip: options.ip,
    userAgent: options.userAgent ?? null,
    now,
  });
  return {
    ok: true,
    token,
    session,
    memberId: member.id,
    mustChangePassword: member.mustChangePassword,
  };
}
