export {
  type AwarenessUser,
  type CollabCloseReason,
  type CollabServerMessage,
  canEditBody,
  collabCloseReasons,
  type DocumentRole,
  documentRoles,
  parseCollabServerMessage,
} from "./collabMessages.ts";
export {
  type DocumentKind,
  type DocumentName,
  documentKinds,
  formatDocumentName,
  parseDocumentName,
} from "./documentNames.ts";
export { type ErrorId, errorIds, isErrorId } from "./errors.ts";
export { memberColor } from "./memberColor.ts";
export { isMainlandMobile, normalizePhone, phoneSchema } from "./phone.ts";
export {
  firstIssue,
  hasForbiddenCharacters,
  orgNameSchema,
  type PlainTextOptions,
  personNameSchema,
  plainTextSchema,
  titleSchema,
} from "./plainText.ts";
