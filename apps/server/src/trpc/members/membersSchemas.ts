import { personNameSchema, phoneSchema } from "@xietong/shared";
import { z } from "zod";

const roleSchema = z.enum(["member", "unit_admin"]);

/** Input of `members.create`. */
export const createMemberInput = z.object({
  phone: phoneSchema,
  name: personNameSchema,
  departmentId: z.uuid().nullable(),
  role: roleSchema,
});

/** Input of `members.update`. */
export const updateMemberInput = z.object({
  id: z.uuid(),
  name: personNameSchema,
  departmentId: z.uuid().nullable(),
  role: roleSchema,
});

/** Input of `members.setStatus`. */
export const setMemberStatusInput = z.object({
  id: z.uuid(),
  status: z.enum(["active", "disabled"]),
});

/** Input of `members.resetPassword`. */
export const resetPasswordInput = z.object({ id: z.uuid() });

/** Input of `members.unlock`. */
export const unlockMemberInput = z.object({ id: z.uuid() });
