export {
  type ResolvedDocumentRole,
  type ResolvedRole,
  resolveDocumentRole,
} from "./commands/resolveDocumentRole.ts";
export {
  createRightsEvents,
  type RightsEvent,
  type RightsEvents,
} from "./events/rightsEvents.ts";
export { migrateToLatest } from "./migrate.ts";
export { type DatabaseOptions, type OpenDatabase, openDatabase } from "./openDatabase.ts";
export * from "./tables/collabTokens.ts";
export * from "./tables/departments.ts";
export * from "./tables/documentShares.ts";
export * from "./tables/documentSnapshots.ts";
export * from "./tables/documents.ts";
export * from "./tables/documentUpdates.ts";
export * from "./tables/documentVersions.ts";
export * from "./tables/loginFailures.ts";
export * from "./tables/members.ts";
export * from "./tables/sessions.ts";
export * from "./tables/units.ts";
export type * from "./types.ts";
