import { TRPCError } from "@trpc/server";
import type { ErrorId } from "@xietong/shared";

type ErrorCode = ConstructorParameters<typeof TRPCError>[0]["code"];

/**
 * A refusal the web app can translate: a tRPC code for the HTTP status and a stable
 * error id in `cause.errorId`, which the formatter copies into `data.errorId`. The
 * message is for logs and developers; the UI never shows or matches it.
 */
export function appError(code: ErrorCode, errorId: ErrorId, message: string): TRPCError {
  return new TRPCError({ code, message, cause: { errorId } });
}

/** The error id a thrown error carries, if it was made by `appError`. */
export function readErrorId(error: TRPCError): ErrorId | undefined {
  const cause = error.cause as { errorId?: ErrorId } | undefined;
  return cause?.errorId;
}
