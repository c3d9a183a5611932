import { orgNameSchema } from "@xietong/shared";
import { z } from "zod";

/** A department's name, trimmed, with no control characters. */
export const departmentNameSchema = orgNameSchema;

/** Input of `departments.create`; a null parent makes a top-level department. */
export const createDepartmentInput = z.object({
  name: departmentNameSchema,
  parentId: z.uuid().nullable(),
});

/** Input of `departments.rename`. */
export const renameDepartmentInput = z.object({
  id: z.uuid(),
  name: departmentNameSchema,
});

/** Input of `departments.delete`. */
export const deleteDepartmentInput = z.object({ id: z.uuid() });
