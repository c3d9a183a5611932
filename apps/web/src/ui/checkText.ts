import { firstIssue } from "@xietong/shared";
import { isMessageKey, type MessageKey } from "../i18n/index.ts";

/** A zod schema of `@xietong/shared` such as `titleSchema`, as the forms use it. */
type TextSchema = Parameters<typeof firstIssue>[0];

/**
 * Runs the API's own schema on a form value and returns the message to show, or
 * undefined when the value would be accepted; so a form and the server never disagree.
 */
export function checkText(schema: TextSchema, value: string): MessageKey | undefined {
  const issue = firstIssue(schema, value);
  if (issue === undefined) return undefined;
  return isMessageKey(issue) ? issue : "validation.invalid";
}
