export { isAllowedOrigin } from "./checkOrigin.ts";
export { CollabRefusal, closeEvents } from "./closeEvents.ts";
export type { ConnectionContext } from "./connections/connectionContext.ts";
export {
  type CollabServer,
  type CollabServerOptions,
  createCollabServer,
} from "./createCollabServer.ts";
export { sessionTokenMarker } from "./extensions/authentication.ts";
export { appendDocumentUpdates } from "./storage/appendDocumentUpdates.ts";
export { type CompactionResult, compactDocument } from "./storage/compactDocument.ts";
export {
  type JournalAppended,
  type JournalEvents,
  listenToJournal,
  notifyJournalAppended,
} from "./storage/journalEvents.ts";
export { type LoadedState, loadDocumentState } from "./storage/loadDocumentState.ts";
export { UpdateJournal, type UpdateJournalOptions } from "./storage/UpdateJournal.ts";
export { type ChangeOrigin, classifyOrigin } from "./transactionOrigins.ts";
export { replaceBody } from "./versions/replaceBody.ts";
export { restoreVersion } from "./versions/restoreVersion.ts";
export { currentDocumentState, takeNamedVersion } from "./versions/takeNamedVersion.ts";
