import { findUnit, readUnitSettings, updateUnitSettings } from "@xietong/db";
import { appError } from "../appError.ts";
import { memberProcedure, router, unitAdminProcedure } from "../trpc.ts";
import { unitSettingsInput } from "./unitsSchemas.ts";

/** `units.*`: the caller's own unit and its settings. */
export const unitsRouter = router({
  current: memberProcedure.query(async ({ ctx }) => {
    const unit = await findUnit(ctx.db, ctx.auth.unit.id);
    if (!unit)
      throw appError("NOT_FOUND", "access.notFound", "The unit no longer exists");
    return {
      id: unit.id,
      name: unit.name,
      status: unit.status,
      settings: readUnitSettings(unit),
    };
  }),

  updateSettings: unitAdminProcedure
    .input(unitSettingsInput)
    .mutation(async ({ ctx, input }) => {
      await updateUnitSettings(ctx.db, ctx.auth.unit.id, input);
      ctx.logger.info({ unitId: ctx.auth.unit.id }, "unit settings updated");
      return readUnitSettings({ settings: input });
    }),
});
