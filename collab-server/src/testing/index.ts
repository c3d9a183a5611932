export { type ClientOptions, type CollabClient, connectClient } from "./connectClient.ts";
export { bodyOf, bodyOfState, writeParagraph } from "./documentBody.ts";
export {
  type EditingTrace,
  editingTracesDir,
  loadEditingTrace,
  type TraceName,
  type TracePatch,
  traceNames,
  traceTextAfter,
} from "./editingTraces.ts";
export {
  type ReplayResult,
  replayTrace,
  traceText,
  traceTextName,
} from "./replayTrace.ts";
