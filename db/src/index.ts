export {
  createRightsEvents,
  type RightsEvent,
  type RightsEvents,
} from "./events/rightsEvents.ts";
export { migrateToLatest } from "./migrate.ts";
export { type DatabaseOptions, type OpenDatabase, openDatabase } from "./openDatabase.ts";
export type * from "./types.ts";
