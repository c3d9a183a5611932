import { defaultUnitSettings, findSession, setMemberStatus } from "@xietong/db";
import { createTestDatabase, type TestDatabase } from "@xietong/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCollabToken, validateCollabToken } from "./collabTokens.ts";
import { createIpThrottle } from "./createIpThrottle.ts";
import {
  createSession,
  invalidateMemberSessions,
  validateSessionToken,
} from "./sessions.ts";
import { signIn } from "./signIn.ts";
import { sweepExpired } from "./sweepExpired.ts";
import { type BuiltUnit, buildUnit, testPassword } from "./testing/index.ts";

let database: TestDatabase;
let home: BuiltUnit;

const minute = 60_000;

beforeAll(async () => {
  database = await createTestDatabase();
  home = await buildUnit(database, "会话测试单位");
});

afterAll(async () => {
  await database.close();
});

describe("sessions", () => {
  it("stores only the token's hash and validates the token", async () => {
    const member = await home.member();
    const { token, session } = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
    });

    expect(session.id).not.toContain(token);
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    expect(await findSession(database.db, token)).toBeUndefined();
    const validated = await validateSessionToken(database.db, token);
    expect(validated?.member.id).toBe(member.id);
    expect(validated?.member).not.toHaveProperty("passwordHash");
    expect(await validateSessionToken(database.db, `${token}x`)).toBeNull();
  });

  it("ends a session after the idle timeout and slides it while in use", async () => {
    const member = await home.member();
    const start = new Date("2026-12-03T08:00:00Z");
    const { token } = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
      now: start,
    });

    const at = (minutes: number) => new Date(start.getTime() + minutes * minute);
    expect(await validateSessionToken(database.db, token, at(20))).not.toBeNull();
    // 45 minutes after start but only 25 after the last use.
    expect(await validateSessionToken(database.db, token, at(45))).not.toBeNull();
    expect(await validateSessionToken(database.db, token, at(76))).toBeNull();
    expect(await validateSessionToken(database.db, token, at(46))).toBeNull();
  });

  it("ends a session at its absolute lifetime however active it is", async () => {
    const member = await home.member();
    const start = new Date("2026-12-03T08:00:00Z");
    const { token } = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
      now: start,
    });

    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      const now = new Date(start.getTime() + minutes * minute);
      expect(await validateSessionToken(database.db, token, now)).not.toBeNull();
    }
    const end = new Date(start.getTime() + 8 * 60 * minute);
    expect(await validateSessionToken(database.db, token, end)).toBeNull();
  });

  it("refuses the session of a disabled member", async () => {
    const member = await home.member();
    const { token } = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
    });
    await setMemberStatus(database.db, {
      unitId: home.unit.id,
      id: member.id,
      status: "disabled",
    });
    expect(await validateSessionToken(database.db, token)).toBeNull();
  });

  it("invalidates all of a member's sessions but the one kept", async () => {
    const member = await home.member();
    const open = () =>
      createSession(database.db, { memberId: member.id, settings: defaultUnitSettings });
    const [a, b, c] = [await open(), await open(), await open()];

    const ended = await invalidateMemberSessions(database.db, member.id, {
      exceptId: c.session.id,
    });

    expect(ended.sort()).toEqual([a.session.id, b.session.id].sort());
    expect(await validateSessionToken(database.db, a.token)).toBeNull();
    expect(await validateSessionToken(database.db, c.token)).not.toBeNull();
  });
});

describe("collab tokens", () => {
  it("validate for two minutes and die with their session", async () => {
    const member = await home.member();
    const { token: sessionToken, session } = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
    });
    const now = new Date();
    const { token } = await createCollabToken(database.db, session.id, now);

    expect(token).not.toBe(sessionToken);
    expect((await validateCollabToken(database.db, token, now))?.member.id).toBe(
      member.id,
    );
    expect(
      await validateCollabToken(database.db, token, new Date(now.getTime() + 2 * minute)),
    ).toBeNull();
    expect(await validateCollabToken(database.db, sessionToken, now)).toBeNull();

    await invalidateMemberSessions(database.db, member.id);
    expect(await validateCollabToken(database.db, token, now)).toBeNull();
  });
});

describe("signIn", () => {
  it("gives an unknown phone and a wrong password the same error", async () => {
    const member = await home.member();
    const throttle = createIpThrottle({ limit: 100, windowMs: minute });
    const unknown = await signIn(database.db, {
      phone: "13000000000",
      password: "whatever1",
      ip: "10.0.0.1",
      throttle,
    });
    const wrong = await signIn(database.db, {
      phone: member.phone,
      password: "whatever1",
      ip: "10.0.0.1",
      throttle,
    });
    expect(unknown).toEqual({ ok: false, errorId: "auth.invalidCredentials" });
    expect(wrong).toMatchObject({ ok: false, errorId: "auth.invalidCredentials" });
  });

  it("spends the same argon2 work on an unknown phone as on a wrong password", async () => {
    const member = await home.member();
    const throttle = createIpThrottle({ limit: 1000, windowMs: minute });
    const timed = async (phone: string) => {
      const started = performance.now();
      await signIn(database.db, {
        phone,
        password: "guess-12345",
        ip: "10.0.0.9",
        throttle,
      });
      return performance.now() - started;
    };
    const median = (values: number[]) => values.sort((a, b) => a - b)[2] ?? 0;

    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      // Each round gets a fresh member so the lockout never short-cuts the check.
      unknown.push(await timed(`13399${String(i).padStart(6, "0")}`));
      wrong.push(await timed(i === 0 ? member.phone : (await home.member()).phone));
    }

    // Without the dummy verification an unknown phone costs a few ms of SQL against
    // ~30 ms of argon2; the bound is loose so a busy machine does not fail it.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5);
  });

  it("locks an account after five failures and lets it in after the lock ends", async () => {
    const member = await home.member();
    const throttle = createIpThrottle({ limit: 100, windowMs: minute });
    const start = Date.now();
    const attempt = (pw: string, offsetMinutes: number) =>
      signIn(database.db, {
        phone: member.phone,
        password: pw,
        ip: "10.0.0.2",
        throttle,
        now: new Date(start + offsetMinutes * minute),
      });

    const errors: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const result = await attempt("wrong-pass1", 0);
      errors.push(result.ok ? "ok" : result.errorId);
    }
    expect(errors).toEqual([
      "auth.invalidCredentials",
      "auth.invalidCredentials",
      "auth.invalidCredentials",
      "auth.invalidCredentials",
      "auth.locked",
    ]);
    // The refusal says when the lock ends: 10 minutes after the fifth failure.
    const lockedUntil = new Date(start + 10 * minute);
    expect(await attempt(testPassword, 5)).toMatchObject({
      ok: false,
      errorId: "auth.locked",
      lockedUntil,
    });
    expect(await attempt(testPassword, 11)).toMatchObject({ ok: true });
  });

  it("throttles an address that fails too often, and only failures count", async () => {
    const member = await home.member();
    const throttle = createIpThrottle({ limit: 2, windowMs: minute });
    const attempt = (password: string) =>
      signIn(database.db, { phone: member.phone, password, ip: "10.0.0.3", throttle });

    for (let i = 0; i < 3; i += 1) {
      expect(await attempt(testPassword)).toMatchObject({ ok: true });
    }
    await attempt("wrong-pass1");
    await attempt("wrong-pass1");
    expect(await attempt(testPassword)).toEqual({ ok: false, errorId: "auth.throttled" });
  });
});

describe("sweepExpired", () => {
  it("deletes expired sessions and tokens and keeps live ones", async () => {
    const member = await home.member();
    const start = new Date("2026-12-03T08:00:00Z");
    const old = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
      now: start,
    });
    const live = await createSession(database.db, {
      memberId: member.id,
      settings: defaultUnitSettings,
    });
    await createCollabToken(database.db, live.session.id, start);

    const swept = await sweepExpired(database.db);

    expect(swept.sessions).toBeGreaterThanOrEqual(1);
    expect(swept.collabTokens).toBeGreaterThanOrEqual(1);
    expect(await findSession(database.db, old.session.id)).toBeUndefined();
    expect(await findSession(database.db, live.session.id)).toBeDefined();
  });
});
