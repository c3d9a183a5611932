import {
  type ResolvedDocumentRole,
  type ResolvedRole,
  resolveDocumentRole,
} from "@xietong/db";
import { appError } from "../appError.ts";
import type { TrpcContext } from "../context.ts";

type SignedIn = TrpcContext & { auth: NonNullable<TrpcContext["auth"]> };

/**
 * Resolves the caller's right on a document and refuses unless it is one of `allowed`.
 * A document the caller cannot see at all is "not found", whether or not it exists,
 * so ids of other units' documents reveal nothing.
 */
export async function requireDocumentRole(
  ctx: SignedIn,
  documentId: string,
  allowed: readonly ResolvedRole[],
): Promise<ResolvedDocumentRole> {
  const resolved = await resolveDocumentRole(ctx.db, {
    memberId: ctx.auth.member.id,
    documentId,
  });
  if (!resolved) {
    throw appError("NOT_FOUND", "access.notFound", `Document "${documentId}" not found`);
  }
  if (!allowed.includes(resolved.role)) {
    throw appError(
      "FORBIDDEN",
      "access.forbidden",
      `Role "${resolved.role}" may not do this to document "${documentId}"`,
    );
  }
  return resolved;
}

/** Refuses a change to a document in the trash (restore and delete are the only ways out). */
export function refuseTrashed(resolved: ResolvedDocumentRole): void {
  if (!resolved.trashed) return;
  throw appError(
    "CONFLICT",
    "document.trashed",
    `Document "${resolved.documentId}" is in the trash`,
  );
}

/** Refuses what only a document in the trash allows: restoring it or deleting it for good. */
export function refuseUntrashed(resolved: ResolvedDocumentRole): void {
  if (resolved.trashed) return;
  throw appError(
    "CONFLICT",
    "document.notTrashed",
    `Document "${resolved.documentId}" is not in the trash`,
  );
}
