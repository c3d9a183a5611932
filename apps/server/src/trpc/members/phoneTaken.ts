import type { TRPCError } from "@trpc/server";
import { appError } from "../appError.ts";
import { isUniqueViolation } from "../isUniqueViolation.ts";

/**
 * The refusal for an insert that hit the unique phone of members (a phone signs in to
 * one account on the whole platform), or undefined for any other error.
 */
export function phoneTaken(error: unknown, phone: string): TRPCError | undefined {
  if (!isUniqueViolation(error, "members_phone_key")) return undefined;
  return appError(
    "CONFLICT",
    "member.phoneTaken",
    `Phone "${phone}" already belongs to a member`,
  );
}
