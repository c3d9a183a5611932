import {
  generateDefaultPassword,
  hashPassword,
  invalidateMemberSessions,
} from "@xietong/auth";
import {
  clearLoginFailures,
  type Database,
  findDepartmentInUnit,
  findMemberInUnit,
  insertMember,
  listMembers,
  setMemberPassword,
  setMemberStatus,
  unlockMember,
  updateMemberProfile,
} from "@xietong/db";
import type { Kysely } from "kysely";
import { appError } from "../appError.ts";
import { memberProcedure, router, unitAdminProcedure } from "../trpc.ts";
import {
  createMemberInput,
  resetPasswordInput,
  setMemberStatusInput,
  unlockMemberInput,
  updateMemberInput,
} from "./membersSchemas.ts";
import { phoneTaken } from "./phoneTaken.ts";

function memberNotFound(id: string) {
  return appError("NOT_FOUND", "access.notFound", `Member "${id}" not found`);
}

async function assertDepartmentInUnit(
  db: Kysely<Database>,
  unitId: string,
  departmentId: string | null,
): Promise<void> {
  if (!departmentId) return;
  if (await findDepartmentInUnit(db, { unitId, id: departmentId })) return;
  throw appError(
    "NOT_FOUND",
    "access.notFound",
    `Department "${departmentId}" not found`,
  );
}

/** `members.*`: the caller's unit's people. */
export const membersRouter = router({
  directory: memberProcedure.query(async ({ ctx }) => {
    const members = await listMembers(ctx.db, ctx.auth.unit.id);
    return members
      .filter((member) => member.status === "active")
      .map(({ id, name, departmentId }) => ({ id, name, departmentId }));
  }),

  list: unitAdminProcedure.query(async ({ ctx }) => {
    const members = await listMembers(ctx.db, ctx.auth.unit.id);
    return members.map((member) => ({
      id: member.id,
      name: member.name,
      phone: member.phone,
      departmentId: member.departmentId,
      role: member.role,
      status: member.status,
      mustChangePassword: member.mustChangePassword,
      lockedUntil: member.lockedUntil,
      createdAt: member.createdAt,
    }));
  }),

  create: unitAdminProcedure.input(createMemberInput).mutation(async ({ ctx, input }) => {
    const unitId = ctx.auth.unit.id;
    await assertDepartmentInUnit(ctx.db, unitId, input.departmentId);

    const defaultPassword = generateDefaultPassword();
    try {
      const member = await insertMember(ctx.db, {
        unitId,
        departmentId: input.departmentId,
        phone: input.phone,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(defaultPassword),
        mustChangePassword: true,
      });
      ctx.logger.info(
        { unitId, memberId: member.id, by: ctx.auth.member.id },
        "member created",
      );
      return { id: member.id, defaultPassword };
    } catch (error) {
      throw phoneTaken(error, input.phone) ?? error;
    }
  }),

  update: unitAdminProcedure.input(updateMemberInput).mutation(async ({ ctx, input }) => {
    const unitId = ctx.auth.unit.id;
    // Demoting oneself could leave a unit with no admin to undo it.
    if (input.id === ctx.auth.member.id && input.role !== "unit_admin") {
      throw appError(
        "FORBIDDEN",
        "member.cannotChangeSelf",
        "A unit admin may not demote themselves",
      );
    }
    await assertDepartmentInUnit(ctx.db, unitId, input.departmentId);

    if (!(await updateMemberProfile(ctx.db, { unitId, ...input }))) {
      throw memberNotFound(input.id);
    }
    // Moving departments changes which department shares reach the member.
    await ctx.events.publish({ type: "member", memberId: input.id });
    return { ok: true as const };
  }),

  setStatus: unitAdminProcedure
    .input(setMemberStatusInput)
    .mutation(async ({ ctx, input }) => {
      const unitId = ctx.auth.unit.id;
      if (input.id === ctx.auth.member.id) {
        throw appError(
          "FORBIDDEN",
          "member.cannotChangeSelf",
          "A unit admin may not disable themselves",
        );
      }
      if (!(await setMemberStatus(ctx.db, { unitId, ...input }))) {
        throw memberNotFound(input.id);
      }

      if (input.status === "disabled") {
        await invalidateMemberSessions(ctx.db, input.id);
        await ctx.events.publish({ type: "member", memberId: input.id });
      }
      ctx.logger.info(
        { unitId, memberId: input.id, status: input.status, by: ctx.auth.member.id },
        "member status changed",
      );
      return { ok: true as const };
    }),

  resetPassword: unitAdminProcedure
    .input(resetPasswordInput)
    .mutation(async ({ ctx, input }) => {
      const unitId = ctx.auth.unit.id;
      if (!(await findMemberInUnit(ctx.db, { unitId, id: input.id }))) {
        throw memberNotFound(input.id);
      }

      const defaultPassword = generateDefaultPassword();
      const passwordHash = await hashPassword(defaultPassword);
      await ctx.db.transaction().execute(async (trx) => {
        await setMemberPassword(trx, {
          id: input.id,
          passwordHash,
          mustChangePassword: true,
        });
        await invalidateMemberSessions(trx, input.id);
      });
      await ctx.events.publish({ type: "member", memberId: input.id });
      ctx.logger.info(
        { unitId, memberId: input.id, by: ctx.auth.member.id },
        "password reset",
      );
      return { defaultPassword };
    }),

  unlock: unitAdminProcedure.input(unlockMemberInput).mutation(async ({ ctx, input }) => {
    const unitId = ctx.auth.unit.id;
    const member = await findMemberInUnit(ctx.db, { unitId, id: input.id });
    if (!member) throw memberNotFound(input.id);

    // The failures that caused the lock are kept by sign-in, so they go too, or the
    // next wrong password would lock the account again at once.
    await unlockMember(ctx.db, input.id);
    await clearLoginFailures(ctx.db, member.phone);
    ctx.logger.info(
      { unitId, memberId: input.id, by: ctx.auth.member.id },
      "member unlocked",
    );
    return { ok: true as const };
  }),
});
