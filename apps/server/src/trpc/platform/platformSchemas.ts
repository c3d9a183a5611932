import { phoneSchema } from "@xietong/shared";
import { z } from "zod";
import { unitNameSchema } from "../units/unitsSchemas.ts";

/** A person's name as units enter it: 1–50 characters, trimmed. */
export const personNameSchema = z.string().trim().min(1).max(50);

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
