import { TRPCError } from "@trpc/server";
import type { ErrorId } from "@xietong/shared";

type ErrorCode = ConstructorParameters<typeof TRPCError>[0]["code"];

/** Figures the UI puts into an error's text; each goes on the wire as `data.<name>`. */
export interface AppErrorDetails {
  /** `auth.locked`: whole minutes until the account can sign in again. */
  lockedMinutes?: number;
}

interface AppErrorCause {
  errorId?: ErrorId;
  details?: AppErrorDetails;
}

/**
 * A refusal the web app can translate: a tRPC code for the HTTP status and a stable
 * error id in `cause.errorId`, which the formatter copies into `data.errorId`, with
 * `details` beside it. The message is for logs and developers; the UI never shows or
 * matches it.
 */
export function appError(
  code: ErrorCode,
  errorId: ErrorId,
  message: string,
  details?: AppErrorDetails,
): TRPCError {
  const cause: AppErrorCause = details ? { errorId, details } : { errorId };
  return new TRPCError({ code, message, cause });
}

/** The error id a thrown error carries, if it was made by `appError`. */
export function readErrorId(error: TRPCError): ErrorId | undefined {
  return (error.cause as AppErrorCause | undefined)?.errorId;
}

/** The details a thrown error carries, if it was made by `appError` with some. */
export function readErrorDetails(error: TRPCError): AppErrorDetails {
  return (error.cause as AppErrorCause | undefined)?.details ?? {};
}
