import { restoreVersion, takeNamedVersion } from "@xietong/collab-server";
import { findDocumentVersion, listDocumentVersions } from "@xietong/db";
import { appError } from "../trpc/appError.ts";
import type { TrpcContext } from "../trpc/context.ts";
import {
  refuseTrashed,
  requireDocumentRole,
} from "../trpc/documents/requireDocumentRole.ts";
import { memberProcedure, router } from "../trpc/trpc.ts";
import {
  createVersionInput,
  listVersionsInput,
  versionIdInput,
} from "./versionsSchemas.ts";

const anyRole = ["owner", "editor", "commenter", "viewer"] as const;
const editors = ["owner", "editor"] as const;

type SignedIn = TrpcContext & { auth: NonNullable<TrpcContext["auth"]> };

/**
 * A version the caller may see, with the caller's right on its document. A version
 * of a document the caller cannot see is "not found", like the document itself.
 */
async function requireVersion(
  ctx: SignedIn,
  versionId: string,
  allowed: readonly (typeof anyRole)[number][],
) {
  const version = await findDocumentVersion(ctx.db, versionId);
  if (!version) {
    throw appError("NOT_FOUND", "access.notFound", `Version "${versionId}" not found`);
  }
  const resolved = await requireDocumentRole(ctx, version.documentId, allowed);
  return { version, resolved };
}

/**
 * `versions.*`: automatic and named versions of a document, viewing one read-only and
 * restoring one as a new change. Mounted by the API under `versions`.
 */
export const versionsRouter = router({
  list: memberProcedure.input(listVersionsInput).query(async ({ ctx, input }) => {
    await requireDocumentRole(ctx, input.documentId, anyRole);
    const versions = await listDocumentVersions(ctx.db, input.documentId);
    return versions.map((version) => ({
      id: version.id,
      kind: version.kind,
      name: version.name,
      createdAt: version.createdAt,
      createdByName: version.createdByName,
    }));
  }),

  create: memberProcedure.input(createVersionInput).mutation(async ({ ctx, input }) => {
    const resolved = await requireDocumentRole(ctx, input.documentId, editors);
    refuseTrashed(resolved);

    const id = await takeNamedVersion(ctx.db, ctx.collab, {
      documentId: input.documentId,
      name: input.name,
      memberId: ctx.auth.member.id,
    });
    ctx.logger.info(
      { documentId: input.documentId, versionId: id, memberId: ctx.auth.member.id },
      "named version taken",
    );
    return { id };
  }),

  state: memberProcedure.input(versionIdInput).query(async ({ ctx, input }) => {
    const { version } = await requireVersion(ctx, input.versionId, anyRole);
    return {
      documentId: version.documentId,
      state: Buffer.from(version.state).toString("base64"),
    };
  }),

  restore: memberProcedure.input(versionIdInput).mutation(async ({ ctx, input }) => {
    const { version, resolved } = await requireVersion(ctx, input.versionId, editors);
    refuseTrashed(resolved);

    await restoreVersion(ctx.db, ctx.collab, { version, memberId: ctx.auth.member.id });
    ctx.logger.info(
      {
        documentId: version.documentId,
        versionId: version.id,
        memberId: ctx.auth.member.id,
      },
      "version restored",
    );
  }),
});
