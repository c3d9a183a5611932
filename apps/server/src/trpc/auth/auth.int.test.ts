import { type BuiltUnit, buildUnit, testPassword } from "@xietong/auth/testing";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createTestClient,
  errorDataOf,
  errorIdOf,
} from "../../testing/createTestClient.ts";
import { startTestServer } from "../../testing/startTestServer.ts";
import { useTestServer } from "../../testing/useTestServer.ts";

const harness = useTestServer();
const { signedIn } = harness;
let home: BuiltUnit;

beforeAll(async () => {
  home = await harness.buildUnit("认证测试单位");
});

describe("auth.signIn", () => {
  it("sets a __Host- session cookie and auth.me returns the member", async () => {
    const member = await home.member({ name: "周敏" });
    const client = harness.client();

    await expect(
      client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword }),
    ).resolves.toEqual({ mustChangePassword: false });

    const cookie = client.setCookies.at(-1) ?? "";
    expect(cookie).toMatch(/^__Host-xt_session=[a-z2-7]+;/);
    for (const attribute of ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"]) {
      expect(cookie.split("; ")).toContain(attribute);
    }
    const me = await client.api.auth.me.query();
    expect(me?.member).toMatchObject({ id: member.id, name: "周敏", role: "member" });
    expect(me?.unit.id).toBe(home.unit.id);
  });

  it("gives an unknown phone and a wrong password the same error", async () => {
    const member = await home.member();
    const client = harness.client();
    const unknown = await errorIdOf(
      client.api.auth.signIn.mutate({ phone: "13011112222", password: "nope12345" }),
    );
    const wrong = await errorIdOf(
      client.api.auth.signIn.mutate({ phone: member.phone, password: "nope12345" }),
    );
    expect(unknown).toBe("auth.invalidCredentials");
    expect(wrong).toBe("auth.invalidCredentials");
  });

  it("locks the account after five failures, until the lock ends", async () => {
    const member = await home.member();
    const client = harness.client();
    const attempt = (password: string) =>
      errorIdOf(client.api.auth.signIn.mutate({ phone: member.phone, password }));

    for (let i = 0; i < 4; i += 1) {
      expect(await attempt("wrong-password1")).toBe("auth.invalidCredentials");
    }
    expect(await attempt("wrong-password1")).toBe("auth.locked");
    expect(await attempt(testPassword)).toBe("auth.locked");

    await harness.database.db
      .updateTable("members")
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where("id", "=", member.id)
      .execute();
    await expect(
      client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword }),
    ).resolves.toEqual({ mustChangePassword: false });
  });

  it("tells a locked account the whole minutes left in data.lockedMinutes", async () => {
    const member = await home.member();
    const client = harness.client();
    const attempt = (password: string) =>
      errorDataOf(client.api.auth.signIn.mutate({ phone: member.phone, password }));

    for (let i = 0; i < 4; i += 1) {
      expect((await attempt("wrong-password1"))?.lockedMinutes).toBeUndefined();
    }
    // The unit's default lock is 10 minutes, starting with this fifth failure.
    expect(await attempt("wrong-password1")).toMatchObject({
      errorId: "auth.locked",
      lockedMinutes: 10,
    });

    await harness.database.db
      .updateTable("members")
      .set({ lockedUntil: new Date(Date.now() + 3.5 * 60_000) })
      .where("id", "=", member.id)
      .execute();
    expect(await attempt(testPassword)).toMatchObject({
      errorId: "auth.locked",
      lockedMinutes: 4,
    });
  });

  it("locks a number nobody has after five failures, like a real one", async () => {
    const member = await home.member();
    const client = harness.client();
    const attempt = (phone: string) =>
      errorDataOf(client.api.auth.signIn.mutate({ phone, password: "wrong-password1" }));

    for (const phone of ["13912340000", member.phone]) {
      for (let i = 0; i < 4; i += 1) {
        expect(await attempt(phone)).toMatchObject({
          errorId: "auth.invalidCredentials",
        });
      }
      expect(await attempt(phone)).toMatchObject({
        errorId: "auth.locked",
        lockedMinutes: 10,
      });
      expect(await attempt(phone)).toMatchObject({
        errorId: "auth.locked",
        lockedMinutes: 10,
      });
    }
  });

  it("signs in with the number typed in full-width digits, spaces and +86", async () => {
    const member = await home.member();
    const client = harness.client();
    const typed = `+86 ${member.phone.replace(/\d/g, (digit) =>
      String.fromCharCode(digit.charCodeAt(0) + 0xfee0),
    )}`;
    await expect(
      client.api.auth.signIn.mutate({ phone: typed, password: testPassword }),
    ).resolves.toEqual({ mustChangePassword: false });
  });

  it("rejects a malformed phone with field errors", async () => {
    const client = harness.client();
    try {
      await client.api.auth.signIn.mutate({ phone: "12345", password: "x" });
      expect.unreachable();
    } catch (error) {
      const data = (error as { data?: { errorId?: string; fieldErrors?: object } }).data;
      expect(data?.errorId).toBe("validation.failed");
      expect(data?.fieldErrors).toHaveProperty("phone");
    }
  });
});

describe("session expiry", () => {
  it("ends a session idle longer than the unit's idle timeout", async () => {
    const member = await home.member();
    const client = await signedIn(member.phone);
    expect(await client.api.auth.me.query()).not.toBeNull();

    await sql`update sessions set last_seen_at = now() - interval '31 minutes',
      idle_expires_at = now() - interval '1 minute' where member_id = ${member.id}`.execute(
      harness.database.db,
    );

    expect(await client.api.auth.me.query()).toBeNull();
    expect(await errorIdOf(client.api.documents.list.query({ filter: "all" }))).toBe(
      "auth.required",
    );
  });

  it("ends a session past its absolute lifetime even while in use", async () => {
    const member = await home.member();
    const client = await signedIn(member.phone);

    await sql`update sessions set created_at = now() - interval '8 hours 1 minute',
      absolute_expires_at = now() - interval '1 minute' where member_id = ${member.id}`.execute(
      harness.database.db,
    );

    expect(await client.api.auth.me.query()).toBeNull();
  });

  it("follows the unit's shorter idle timeout set by its admin", async () => {
    const admin = await home.member({ role: "unit_admin" });
    const adminClient = await signedIn(admin.phone);
    const member = await home.member();
    const client = await signedIn(member.phone);

    await adminClient.api.units.updateSettings.mutate({
      sessionIdleMinutes: 5,
      sessionAbsoluteHours: 8,
      lockoutFailures: 5,
      lockoutWindowMinutes: 15,
      lockoutMinutes: 10,
    });
    await sql`update sessions set last_seen_at = now() - interval '6 minutes'
      where member_id = ${member.id}`.execute(harness.database.db);

    expect(await client.api.auth.me.query()).toBeNull();
    await adminClient.api.units.updateSettings.mutate({
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 8,
      lockoutFailures: 5,
      lockoutWindowMinutes: 15,
      lockoutMinutes: 10,
    });
  });
});

describe("sign-out", () => {
  it("ends the session so the old token no longer works", async () => {
    const member = await home.member();
    const client = await signedIn(member.phone);
    const stolen = harness.client();
    for (const [name, value] of client.cookies) stolen.cookies.set(name, value);

    await client.api.auth.signOut.mutate();

    expect(client.cookies.size).toBe(0);
    expect(await stolen.api.auth.me.query()).toBeNull();
  });

  it("signs out everywhere: every browser of the member loses its session", async () => {
    const member = await home.member();
    const laptop = await signedIn(member.phone);
    const phone = await signedIn(member.phone);

    await laptop.api.auth.signOutEverywhere.mutate();

    expect(await laptop.api.auth.me.query()).toBeNull();
    expect(await phone.api.auth.me.query()).toBeNull();
  });
});

describe("must change password", () => {
  it("allows only me and changePassword until the default password is changed", async () => {
    const member = await home.member({ mustChangePassword: true });
    const client = harness.client();
    const other = await signedIn(member.phone);

    await expect(
      client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword }),
    ).resolves.toEqual({ mustChangePassword: true });
    expect((await client.api.auth.me.query())?.member.mustChangePassword).toBe(true);
    expect(await errorIdOf(client.api.documents.list.query({ filter: "all" }))).toBe(
      "auth.mustChangePassword",
    );
    expect(await errorIdOf(client.api.auth.collabToken.mutate())).toBe(
      "auth.mustChangePassword",
    );

    expect(
      await errorIdOf(
        client.api.auth.changePassword.mutate({
          currentPassword: "not-it-123",
          newPassword: "Better2027x",
        }),
      ),
    ).toBe("auth.wrongPassword");
    expect(
      await errorIdOf(
        client.api.auth.changePassword.mutate({
          currentPassword: testPassword,
          newPassword: "short",
        }),
      ),
    ).toBe("auth.passwordTooWeak");
    expect(
      await errorIdOf(
        client.api.auth.changePassword.mutate({
          currentPassword: testPassword,
          newPassword: testPassword,
        }),
      ),
    ).toBe("auth.samePassword");

    const before = client.cookies.get("__Host-xt_session");
    await client.api.auth.changePassword.mutate({
      currentPassword: testPassword,
      newPassword: "Better2027x",
    });
    const after = client.cookies.get("__Host-xt_session");

    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    await expect(client.api.documents.list.query({ filter: "all" })).resolves.toEqual([]);
    expect(await other.api.auth.me.query()).toBeNull();
    expect(
      await errorIdOf(
        harness.client().api.auth.signIn.mutate({
          phone: member.phone,
          password: testPassword,
        }),
      ),
    ).toBe("auth.invalidCredentials");
  });
});

describe("origin check", () => {
  it("refuses mutations without an Origin or from another origin, but not queries", async () => {
    const member = await home.member();
    const noOrigin = harness.client({ origin: null });
    const evil = harness.client({ origin: "https://evil.example" });

    for (const client of [noOrigin, evil]) {
      expect(
        await errorIdOf(
          client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword }),
        ),
      ).toBe("auth.originRejected");
    }

    const victim = await signedIn(member.phone);
    const forged = harness.client({ origin: "https://evil.example" });
    for (const [name, value] of victim.cookies) forged.cookies.set(name, value);
    expect(await errorIdOf(forged.api.documents.create.mutate({ title: "伪造" }))).toBe(
      "auth.originRejected",
    );
    expect(await forged.api.auth.me.query()).not.toBeNull();
  });
});

describe("auth.collabToken", () => {
  it("mints a short-lived token distinct from the session token", async () => {
    const member = await home.member();
    const client = await signedIn(member.phone);
    const { token, expiresAt } = await client.api.auth.collabToken.mutate();

    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(token).not.toBe(client.cookies.get("__Host-xt_session"));
    const lifetime = new Date(expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(60_000);
    expect(lifetime).toBeLessThanOrEqual(120_000);
  });
});

describe("sign-in throttle", () => {
  it("refuses an address after its failures per minute, even with the right password", async () => {
    const throttled = await startTestServer({ signInFailuresPerMinute: 3 });
    try {
      const unit = await buildUnit(throttled.database, "限流单位");
      const member = await unit.member();
      const client = createTestClient(throttled.server.url);
      const attempt = (password: string) =>
        client.api.auth.signIn.mutate({ phone: member.phone, password });

      for (let i = 0; i < 3; i += 1) {
        expect(await errorIdOf(attempt("wrong-pass1"))).toBe("auth.invalidCredentials");
      }
      expect(await errorIdOf(attempt(testPassword))).toBe("auth.throttled");
    } finally {
      await throttled.close();
    }
  });

  it("never refuses correct passwords from one shared address", async () => {
    const throttled = await startTestServer({ signInFailuresPerMinute: 3 });
    try {
      const unit = await buildUnit(throttled.database, "共用出口单位");
      for (let i = 0; i < 6; i += 1) {
        const member = await unit.member();
        const client = createTestClient(throttled.server.url);
        await expect(
          client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword }),
        ).resolves.toMatchObject({ mustChangePassword: expect.any(Boolean) });
      }
    } finally {
      await throttled.close();
    }
  });
});
