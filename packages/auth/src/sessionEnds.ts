import type { Session, UnitSettings } from "@xietong/db";

const minute = 60_000;

/** When a session ends for lack of use and when it ends however busy it is. */
export interface SessionEnds {
  idleEnd: Date;
  absoluteEnd: Date;
}

/**
 * A session's ends under its unit's current settings. The stored expiry times are
 * capped by the settings, so a unit admin lowering a lifetime ends live sessions at
 * once, not only new ones. A session is live while `now` is before both.
 */
export function sessionEnds(
  session: Pick<
    Session,
    "createdAt" | "lastSeenAt" | "idleExpiresAt" | "absoluteExpiresAt"
  >,
  settings: Pick<UnitSettings, "sessionIdleMinutes" | "sessionAbsoluteHours">,
): SessionEnds {
  const absoluteEnd = Math.min(
    session.absoluteExpiresAt.getTime(),
    session.createdAt.getTime() + settings.sessionAbsoluteHours * 60 * minute,
  );
  const idleEnd = Math.min(
    session.idleExpiresAt.getTime(),
    session.lastSeenAt.getTime() + settings.sessionIdleMinutes * minute,
  );
  return { idleEnd: new Date(idleEnd), absoluteEnd: new Date(absoluteEnd) };
}
