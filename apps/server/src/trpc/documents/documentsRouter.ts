import { appendDocumentUpdates } from "@xietong/collab-server";
import {
  deleteDocument,
  deleteDocumentShare,
  findDepartmentInUnit,
  findDocument,
  findMemberInUnit,
  insertDocument,
  listDepartments,
  listDocumentShares,
  listMembers,
  renameDocument,
  setDocumentTrashed,
  upsertDocumentShare,
} from "@xietong/db";
import { schemaVersion } from "@xietong/schema";
import { appError } from "../appError.ts";
import { memberProcedure, router } from "../trpc.ts";
import { docToUpdate } from "./docToUpdate.ts";
import {
  createDocumentInput,
  documentIdInput,
  importDocumentInput,
  listDocumentsInput,
  renameDocumentInput,
  shareDocumentInput,
  unshareDocumentInput,
} from "./documentsSchemas.ts";
import { importToDoc } from "./importToDoc.ts";
import { listDocumentsFor } from "./listDocumentsFor.ts";
import { refuseTrashedForSharer } from "./refuseTrashedForSharer.ts";
import {
  refuseTrashed,
  refuseUntrashed,
  requireDocumentRole,
} from "./requireDocumentRole.ts";

const anyRole = ["owner", "editor", "commenter", "viewer"] as const;
const ownerOnly = ["owner"] as const;

/** `documents.*`: co-edited documents, their sharing and the trash. */
export const documentsRouter = router({
  list: memberProcedure
    .input(listDocumentsInput)
    .query(({ ctx, input }) => listDocumentsFor(ctx.db, ctx.auth.member, input.filter)),

  byId: memberProcedure.input(documentIdInput).query(async ({ ctx, input }) => {
    await refuseTrashedForSharer(ctx.db, {
      memberId: ctx.auth.member.id,
      documentId: input.id,
    });
    const { role } = await requireDocumentRole(ctx, input.id, anyRole);
    const document = await findDocument(ctx.db, input.id);
    if (!document)
      throw appError("NOT_FOUND", "access.notFound", `Document "${input.id}" not found`);
    return {
      id: document.id,
      title: document.title,
      ownerId: document.ownerId,
      role,
      trashedAt: document.trashedAt,
      schemaVersion: document.schemaVersion,
    };
  }),

  create: memberProcedure.input(createDocumentInput).mutation(async ({ ctx, input }) => {
    const document = await insertDocument(ctx.db, {
      unitId: ctx.auth.unit.id,
      ownerId: ctx.auth.member.id,
      title: input.title,
      schemaVersion,
    });
    ctx.logger.info(
      { documentId: document.id, memberId: ctx.auth.member.id },
      "document created",
    );
    return { id: document.id };
  }),

  import: memberProcedure.input(importDocumentInput).mutation(async ({ ctx, input }) => {
    const update = docToUpdate(await importToDoc(input.format, input.content));

    const document = await ctx.db.transaction().execute(async (trx) => {
      const created = await insertDocument(trx, {
        unitId: ctx.auth.unit.id,
        ownerId: ctx.auth.member.id,
        title: input.title,
        schemaVersion,
      });
      await appendDocumentUpdates(trx, created.id, [update]);
      return created;
    });
    ctx.logger.info(
      { documentId: document.id, memberId: ctx.auth.member.id, format: input.format },
      "document imported",
    );
    return { id: document.id };
  }),

  rename: memberProcedure.input(renameDocumentInput).mutation(async ({ ctx, input }) => {
    refuseTrashed(await requireDocumentRole(ctx, input.id, ownerOnly));
    await renameDocument(ctx.db, { id: input.id, title: input.title });
    return { ok: true as const };
  }),

  trash: memberProcedure.input(documentIdInput).mutation(async ({ ctx, input }) => {
    refuseTrashed(await requireDocumentRole(ctx, input.id, ownerOnly));
    await setDocumentTrashed(ctx.db, { id: input.id, trashedAt: new Date() });
    await ctx.events.publish({ type: "document", documentId: input.id });
    return { ok: true as const };
  }),

  restore: memberProcedure.input(documentIdInput).mutation(async ({ ctx, input }) => {
    refuseUntrashed(await requireDocumentRole(ctx, input.id, ownerOnly));
    await setDocumentTrashed(ctx.db, { id: input.id, trashedAt: null });
    await ctx.events.publish({ type: "document", documentId: input.id });
    return { ok: true as const };
  }),

  deleteForever: memberProcedure
    .input(documentIdInput)
    .mutation(async ({ ctx, input }) => {
      // Only from the trash, so one click can never destroy a live document.
      refuseUntrashed(await requireDocumentRole(ctx, input.id, ownerOnly));
      await deleteDocument(ctx.db, input.id);
      await ctx.events.publish({ type: "document", documentId: input.id });
      ctx.logger.info(
        { documentId: input.id, memberId: ctx.auth.member.id },
        "document deleted",
      );
      return { ok: true as const };
    }),

  shares: memberProcedure.input(documentIdInput).query(async ({ ctx, input }) => {
    await requireDocumentRole(ctx, input.id, anyRole);
    const [shares, members, departments] = await Promise.all([
      listDocumentShares(ctx.db, input.id),
      listMembers(ctx.db, ctx.auth.unit.id),
      listDepartments(ctx.db, ctx.auth.unit.id),
    ]);
    const names = new Map<string, string>([
      ...members.map((member) => [`member:${member.id}`, member.name] as const),
      ...departments.map(
        (department) => [`department:${department.id}`, department.name] as const,
      ),
    ]);

    // A share naming something outside the unit (never written by this API) stays hidden.
    return shares.flatMap((share) => {
      const name = names.get(`${share.principalType}:${share.principalId}`);
      if (name === undefined) return [];
      return [
        {
          principalType: share.principalType,
          principalId: share.principalId,
          name,
          role: share.role,
        },
      ];
    });
  }),

  share: memberProcedure.input(shareDocumentInput).mutation(async ({ ctx, input }) => {
    const resolved = await requireDocumentRole(ctx, input.id, ownerOnly);
    refuseTrashed(resolved);

    const unitId = resolved.unitId;
    const principalExists =
      input.principalType === "member"
        ? await findMemberInUnit(ctx.db, { unitId, id: input.principalId })
        : await findDepartmentInUnit(ctx.db, { unitId, id: input.principalId });
    if (!principalExists) {
      throw appError(
        "NOT_FOUND",
        "access.notFound",
        `No ${input.principalType} "${input.principalId}" in this unit`,
      );
    }
    if (input.principalType === "member" && input.principalId === ctx.auth.member.id) {
      throw appError(
        "BAD_REQUEST",
        "document.cannotShareWithOwner",
        "The owner already has every right on their document",
      );
    }

    await upsertDocumentShare(ctx.db, {
      documentId: input.id,
      principalType: input.principalType,
      principalId: input.principalId,
      role: input.role,
    });
    await ctx.events.publish({ type: "document", documentId: input.id });
    return { ok: true as const };
  }),

  unshare: memberProcedure
    .input(unshareDocumentInput)
    .mutation(async ({ ctx, input }) => {
      await requireDocumentRole(ctx, input.id, ownerOnly);
      await deleteDocumentShare(ctx.db, {
        documentId: input.id,
        principalType: input.principalType,
        principalId: input.principalId,
      });
      await ctx.events.publish({ type: "document", documentId: input.id });
      return { ok: true as const };
    }),
});
