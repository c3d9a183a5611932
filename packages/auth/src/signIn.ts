import {
  clearLoginFailures,
  countLoginFailuresSince,
  type Database,
  defaultUnitSettings,
  findMemberByPhone,
  findUnit,
  insertLoginFailure,
  listLatestLoginFailures,
  lockMember,
  readUnitSettings,
  type Session,
  type UnitSettings,
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
 * When the latest lock of a phone number that no member has ends, or undefined when it
 * is not locked. It is derived from the failures, which stop being recorded during a
 * lock: locked when the newest `lockoutFailures` of them fall within the window and the
 * lock started by the last one has not ended yet.
 */
async function unknownPhoneLockedUntil(
  db: Kysely<Database>,
  phone: string,
  settings: UnitSettings,
  now: Date,
): Promise<Date | undefined> {
  const latest = await listLatestLoginFailures(db, {
    phone,
    limit: settings.lockoutFailures,
  });
  const newest = latest[0];
  const oldest = latest[latest.length - 1];
  if (!newest || !oldest || latest.length < settings.lockoutFailures) return undefined;
  if (newest.getTime() - oldest.getTime() > settings.lockoutWindowMinutes * minute) {
    return undefined;
  }

  const lockedUntil = new Date(newest.getTime() + settings.lockoutMinutes * minute);
  return lockedUntil.getTime() > now.getTime() ? lockedUntil : undefined;
}

/**
 * Checks a phone and password and opens a new session. Unknown phones and wrong
 * passwords give the same error after the same argon2 work, and both count toward a
 * lock of that phone number (the unit's lockout settings, or the defaults for a number
 * nobody has), so neither the error nor the lock tells which numbers exist. Only
 * failures count toward the per-IP throttle.
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
  if (!options.throttle.allows(options.ip, now.getTime())) {
    return { ok: false, errorId: "auth.throttled" };
  }

  const member = await findMemberByPhone(db, options.phone);
  const unit = member ? await findUnit(db, member.unitId) : undefined;
  const settings = unit ? readUnitSettings(unit) : defaultUnitSettings;
  const memberId = member && unit ? member.id : undefined;

  const lockedUntil = member
    ? member.lockedUntil && member.lockedUntil.getTime() > now.getTime()
      ? member.lockedUntil
      : undefined
    : await unknownPhoneLockedUntil(db, options.phone, settings, now);
  if (lockedUntil) {
    return {
      ok: false,
      errorId: "auth.locked",
      ...(memberId ? { memberId } : {}),
      lockedUntil,
    };
  }

  const valid =
    member && unit
      ? await verifyPassword(member.passwordHash, options.password)
      : await verifyAgainstDummy(options.password).then(() => false);
  if (!member || !unit || !valid) {
    return recordFailure(db, { ...options, now, memberId, settings });
  }

  // Status is checked only after the password, so it tells nothing to someone guessing.
  if (member.status !== "active") {
    return { ok: false, errorId: "auth.memberDisabled", memberId: member.id };
  }
  if (unit.status !== "active") {
    return { ok: false, errorId: "auth.unitDisabled", memberId: member.id };
  }

  await clearLoginFailures(db, options.phone);
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

// A wrong password and an unknown phone take this same path: the failure counts for
// the address and for the phone number, and the lock they reach looks the same.
async function recordFailure(
  db: Kysely<Database>,
  options: {
    phone: string;
    ip: string;
    throttle: IpThrottle;
    now: Date;
    memberId: string | undefined;
    settings: UnitSettings;
  },
): Promise<SignInResult> {
  const { now, memberId, settings } = options;
  options.throttle.fail(options.ip, now.getTime());
  await insertLoginFailure(db, {
    memberId: memberId ?? null,
    phone: options.phone,
    ip: options.ip,
    at: now,
  });

  const failures = await countLoginFailuresSince(db, {
    phone: options.phone,
    since: new Date(now.getTime() - settings.lockoutWindowMinutes * minute),
  });
  if (failures < settings.lockoutFailures) {
    return {
      ok: false,
      errorId: "auth.invalidCredentials",
      ...(memberId ? { memberId } : {}),
    };
  }

  // The failures stay, for every number alike: for a number nobody has they are the
  // lock. None are recorded while it lasts; after it, one more failure within the
  // window locks again, which is stricter and still tells nothing.
  const lockedUntil = new Date(now.getTime() + settings.lockoutMinutes * minute);
  if (memberId) await lockMember(db, { id: memberId, until: lockedUntil });
  return {
    ok: false,
    errorId: "auth.locked",
    ...(memberId ? { memberId } : {}),
    lockedUntil,
  };
}
