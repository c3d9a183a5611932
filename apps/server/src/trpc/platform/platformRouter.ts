import { type Database, deleteUnitSessions, listUnits, setUnitStatus } from "@xietong/db";
import type { Kysely } from "kysely";
import { appError } from "../appError.ts";
import { platformAdminProcedure, router } from "../trpc.ts";
import { createUnitWithAdmin } from "./createUnitWithAdmin.ts";
import { createUnitInput, setUnitStatusInput } from "./platformSchemas.ts";

async function countMembersByUnit(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("members")
    .select(["unitId", (eb) => eb.fn.countAll<string>().as("count")])
    .groupBy("unitId")
    .execute();
  return new Map(rows.map((row) => [row.unitId, Number(row.count)]));
}

/** `platform.*`: what operator staff do across units. */
export const platformRouter = router({
  units: router({
    list: platformAdminProcedure.query(async ({ ctx }) => {
      const [units, counts] = await Promise.all([
        listUnits(ctx.db),
        countMembersByUnit(ctx.db),
      ]);
      return units.map((unit) => ({
        id: unit.id,
        name: unit.name,
        status: unit.status,
        memberCount: counts.get(unit.id) ?? 0,
        createdAt: unit.createdAt,
      }));
    }),

    create: platformAdminProcedure
      .input(createUnitInput)
      .mutation(async ({ ctx, input }) => {
        const { unitId, adminId, adminPassword } = await createUnitWithAdmin(
          ctx.db,
          input,
        );
        ctx.logger.info({ unitId, adminId, by: ctx.auth.member.id }, "unit created");
        return { unitId, adminPassword };
      }),

    setStatus: platformAdminProcedure
      .input(setUnitStatusInput)
      .mutation(async ({ ctx, input }) => {
        if (input.unitId === ctx.auth.unit.id) {
          throw appError(
            "FORBIDDEN",
            "member.cannotChangeSelf",
            "A platform admin may not disable their own unit",
          );
        }
        if (!(await setUnitStatus(ctx.db, input.unitId, input.status))) {
          throw appError(
            "NOT_FOUND",
            "access.notFound",
            `Unit "${input.unitId}" not found`,
          );
        }
        if (input.status === "disabled") {
          // Re-enabling a unit later must not revive sessions from before.
          await deleteUnitSessions(ctx.db, input.unitId);
          await ctx.events.publish({ type: "unit", unitId: input.unitId });
        }
        ctx.logger.info(
          { unitId: input.unitId, status: input.status, by: ctx.auth.member.id },
          "unit status changed",
        );
        return { ok: true as const };
      }),
  }),
});
