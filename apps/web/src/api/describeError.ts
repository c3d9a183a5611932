import { TRPCClientError } from "@trpc/client";
import { isErrorId } from "@xietong/shared";
import { isMessageKey, type MessageKey, type MessageParams } from "../i18n/index.ts";

/**
 * An API error made ready for the UI: message keys, not text, so the message follows a
 * locale switch. `fieldErrors` maps an input field name to the key shown beside it.
 */
export interface ApiProblem {
  readonly errorId: string | undefined;
  readonly key: MessageKey;
  readonly params?: MessageParams;
  readonly fieldErrors: Readonly<Record<string, MessageKey>>;
}

interface ErrorData {
  errorId?: unknown;
  fieldErrors?: unknown;
  lockedMinutes?: unknown;
}

function readData(error: unknown): ErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return typeof data === "object" && data !== null ? (data as ErrorData) : undefined;
}

// Zod messages are error ids such as "validation.phone" where the server schema sets one;
// any other message is zod's own English text, which the UI does not show.
function readFieldErrors(raw: unknown): Record<string, MessageKey> {
  if (typeof raw !== "object" || raw === null) return {};
  const fieldErrors: Record<string, MessageKey> = {};
  for (const [field, messages] of Object.entries(raw)) {
    const first: unknown = Array.isArray(messages) ? messages[0] : messages;
    if (typeof first !== "string") continue;
    fieldErrors[field] = isMessageKey(first) ? first : "validation.invalid";
  }
  return fieldErrors;
}

/** Turns anything thrown by an API call into translatable keys; never reads message text. */
export function describeError(error: unknown): ApiProblem {
  const data = readData(error);
  const errorId = isErrorId(data?.errorId) ? data.errorId : undefined;
  const fieldErrors = readFieldErrors(data?.fieldErrors);

  if (errorId === "auth.locked") {
    const minutes = data?.lockedMinutes;
    return typeof minutes === "number"
      ? { errorId, key: "error.auth.locked", params: { minutes }, fieldErrors }
      : { errorId, key: "error.auth.lockedNoTime", fieldErrors };
  }
  if (errorId) return { errorId, key: `error.${errorId}`, fieldErrors };

  // No response at all: the fetch itself failed.
  if (error instanceof TRPCClientError && !error.data && !error.shape) {
    return { errorId: undefined, key: "error.network", fieldErrors };
  }
  return { errorId: undefined, key: "error.generic", fieldErrors };
}
