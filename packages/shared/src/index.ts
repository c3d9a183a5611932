export {
  type AwarenessUser,
  type CollabServerMessage,
  canEditBody,
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
export { isMainlandMobile, phoneSchema } from "./phone.ts";
