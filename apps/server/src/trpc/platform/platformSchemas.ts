import { personNameSchema, phoneSchema } from "@xietong/shared";
import { z } from "zod";
import { unitNameSchema } from "../units/unitsSchemas.ts";

/** Input of `platform.units.create`: the unit and its first admin. */
export const createUnitInput = z.object({
  name: unitNameSchema,
  admin: z.object({ phone: phoneSchema, name: personNameSchema }),
});

/** Input of `platform.units.setStatus`. */
export const setUnitStatusInput = z.object({
  unitId: z.uuid(),
  status: z.enum(["active", "disabled"]),
});
