import {
  checkPasswordStrength,
  createCollabToken,
  createSession,
  hashPassword,
  invalidateMemberSessions,
  invalidateSession,
  serializeBlankSessionCookie,
  serializeSessionCookie,
  signIn,
  verifyPassword,
} from "@xietong/auth";
import {
  findMember,
  insertLoginFailure,
  readUnitSettings,
  setMemberPassword,
} from "@xietong/db";
import type { ErrorId } from "@xietong/shared";
import { appError } from "../appError.ts";
import {
  memberProcedure,
  publicProcedure,
  router,
  signedInProcedure,
  type TRPCError,
} from "../trpc.ts";
import { changePasswordInput, signInInput } from "./authSchemas.ts";
import { describeMember } from "./describeMember.ts";

const signInRefusals: Partial<
  Record<ErrorId, { code: TRPCError["code"]; message: string }>
> = {
  "auth.invalidCredentials": {
    code: "UNAUTHORIZED",
    message: "The phone number or password is wrong",
  },
  "auth.locked": { code: "TOO_MANY_REQUESTS", message: "The account is locked for now" },
  "auth.throttled": { code: "TOO_MANY_REQUESTS", message: "Too many sign-in attempts" },
  "auth.memberDisabled": { code: "FORBIDDEN", message: "The account is disabled" },
  "auth.unitDisabled": { code: "FORBIDDEN", message: "The unit is disabled" },
};

// Rounded up, so a lock with seconds left reads "1 minute", never "0 minutes".
function minutesUntil(moment: Date): number {
  return Math.max(1, Math.ceil((moment.getTime() - Date.now()) / 60_000));
}

/** `auth.*`: signing in and out, the current member, passwords and collab tokens. */
export const authRouter = router({
  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const result = await signIn(ctx.db, {
      phone: input.phone,
      password: input.password,
      ip: ctx.ip,
      userAgent: ctx.req.headers["user-agent"] ?? null,
      throttle: ctx.signInThrottle,
    });
    if (!result.ok) {
      ctx.logger.info(
        { memberId: result.memberId, errorId: result.errorId, ip: ctx.ip },
        "sign-in refused",
      );
      const refusal = signInRefusals[result.errorId];
      throw appError(
        refusal?.code ?? "UNAUTHORIZED",
        result.errorId,
        refusal?.message ?? "Sign-in refused",
        result.lockedUntil
          ? { lockedMinutes: minutesUntil(result.lockedUntil) }
          : undefined,
      );
    }

    // A session the browser held before signing in is not carried over (fixation).
    if (ctx.auth) await invalidateSession(ctx.db, ctx.auth.session.id);

    ctx.res.appendHeader(
      "Set-Cookie",
      serializeSessionCookie(result.token, result.session.absoluteExpiresAt),
    );
    ctx.logger.info({ memberId: result.memberId, ip: ctx.ip }, "signed in");
    return { mustChangePassword: result.mustChangePassword };
  }),

  me: publicProcedure.query(({ ctx }) => (ctx.auth ? describeMember(ctx.auth) : null)),

  changePassword: signedInProcedure
    .input(changePasswordInput)
    .mutation(async ({ ctx, input }) => {
      const member = await findMember(ctx.db, ctx.auth.member.id);
      if (!member) throw appError("UNAUTHORIZED", "auth.required", "Sign in first");

      // Guessing the current password through a stolen session is throttled like
      // signing in, and each wrong guess counts toward the account's lockout.
      if (!ctx.signInThrottle.allows(ctx.ip)) {
        throw appError(
          "TOO_MANY_REQUESTS",
          "auth.throttled",
          "Too many password attempts",
        );
      }
      if (!(await verifyPassword(member.passwordHash, input.currentPassword))) {
        ctx.signInThrottle.fail(ctx.ip);
        await insertLoginFailure(ctx.db, {
          memberId: member.id,
          phone: member.phone,
          ip: ctx.ip,
        });
        throw appError(
          "BAD_REQUEST",
          "auth.wrongPassword",
          "The current password is wrong",
        );
      }
      if (input.newPassword === input.currentPassword) {
        throw appError(
          "BAD_REQUEST",
          "auth.samePassword",
          "The new password must differ from the current one",
        );
      }
      if (checkPasswordStrength(input.newPassword)) {
        throw appError(
          "BAD_REQUEST",
          "auth.passwordTooWeak",
          "The new password needs 8 characters with letters and digits",
        );
      }

      const passwordHash = await hashPassword(input.newPassword);
      const { token, session } = await ctx.db.transaction().execute(async (trx) => {
        await setMemberPassword(trx, {
          id: member.id,
          passwordHash,
          mustChangePassword: false,
        });
        // Every session ends, this one included: the caller gets a new token below.
        await invalidateMemberSessions(trx, member.id);
        return createSession(trx, {
          memberId: member.id,
          settings: readUnitSettings(ctx.auth.unit),
          ip: ctx.ip,
          userAgent: ctx.req.headers["user-agent"] ?? null,
        });
      });

      await ctx.events.publish({ type: "member", memberId: member.id });
      ctx.res.appendHeader(
        "Set-Cookie",
        serializeSessionCookie(token, session.absoluteExpiresAt),
      );
      ctx.logger.info({ memberId: member.id }, "password changed");
      return { ok: true as const };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    ctx.res.appendHeader("Set-Cookie", serializeBlankSessionCookie());
    if (!ctx.auth) return { ok: true as const };

    await invalidateSession(ctx.db, ctx.auth.session.id);
    await ctx.events.publish({ type: "session", sessionId: ctx.auth.session.id });
    ctx.logger.info({ memberId: ctx.auth.member.id }, "signed out");
    return { ok: true as const };
  }),

  signOutEverywhere: signedInProcedure.mutation(async ({ ctx }) => {
    const ended = await invalidateMemberSessions(ctx.db, ctx.auth.member.id);
    await ctx.events.publish({ type: "member", memberId: ctx.auth.member.id });
    ctx.res.appendHeader("Set-Cookie", serializeBlankSessionCookie());
    ctx.logger.info(
      { memberId: ctx.auth.member.id, sessions: ended.length },
      "signed out everywhere",
    );
    return { ok: true as const };
  }),

  collabToken: memberProcedure.mutation(({ ctx }) =>
    createCollabToken(ctx.db, ctx.auth.session.id),
  ),
});
