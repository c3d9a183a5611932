import {
  deleteDepartment,
  deletePrincipalShares,
  departmentHasContents,
  findDepartmentInUnit,
  insertDepartment,
  listDepartments,
  renameDepartment,
} from "@xietong/db";
import { appError } from "../appError.ts";
import { memberProcedure, router, unitAdminProcedure } from "../trpc.ts";
import { buildDepartmentTree } from "./buildDepartmentTree.ts";
import {
  createDepartmentInput,
  deleteDepartmentInput,
  renameDepartmentInput,
} from "./departmentsSchemas.ts";

function departmentNotFound(id: string) {
  return appError("NOT_FOUND", "access.notFound", `Department "${id}" not found`);
}

/** `departments.*`: the caller's unit's organisation tree. */
export const departmentsRouter = router({
  tree: memberProcedure.query(async ({ ctx }) =>
    buildDepartmentTree(await listDepartments(ctx.db, ctx.auth.unit.id)),
  ),

  create: unitAdminProcedure
    .input(createDepartmentInput)
    .mutation(async ({ ctx, input }) => {
      const unitId = ctx.auth.unit.id;
      if (
        input.parentId &&
        !(await findDepartmentInUnit(ctx.db, { unitId, id: input.parentId }))
      ) {
        throw departmentNotFound(input.parentId);
      }
      // A new department goes last among its siblings, not first with the default 0.
      // TODO(#2): two admins adding at the same moment may share a place — harmless,
      // the name breaks the tie; can go with drag-to-reorder and a locked sequence.
      const siblings = (await listDepartments(ctx.db, unitId)).filter(
        (department) => department.parentId === input.parentId,
      );
      const department = await insertDepartment(ctx.db, {
        unitId,
        parentId: input.parentId,
        name: input.name,
        sortOrder: Math.max(-1, ...siblings.map((sibling) => sibling.sortOrder)) + 1,
      });
      return { id: department.id };
    }),

  rename: unitAdminProcedure
    .input(renameDepartmentInput)
    .mutation(async ({ ctx, input }) => {
      const renamed = await renameDepartment(ctx.db, {
        unitId: ctx.auth.unit.id,
        ...input,
      });
      if (!renamed) throw departmentNotFound(input.id);
      return { ok: true as const };
    }),

  delete: unitAdminProcedure
    .input(deleteDepartmentInput)
    .mutation(async ({ ctx, input }) => {
      const unitId = ctx.auth.unit.id;
      if (!(await findDepartmentInUnit(ctx.db, { unitId, id: input.id }))) {
        throw departmentNotFound(input.id);
      }
      if (await departmentHasContents(ctx.db, input.id)) {
        throw appError(
          "CONFLICT",
          "department.notEmpty",
          `Department "${input.id}" still has members or sub-departments`,
        );
      }

      const documentIds = await ctx.db.transaction().execute(async (trx) => {
        const affected = await deletePrincipalShares(trx, {
          principalType: "department",
          principalId: input.id,
        });
        await deleteDepartment(trx, { unitId, id: input.id });
        return affected;
      });
      for (const documentId of new Set(documentIds)) {
        await ctx.events.publish({ type: "document", documentId });
      }
      return { ok: true as const };
    }),
});
