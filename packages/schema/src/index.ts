export {
  type Alignment,
  alignments,
  knownNodeNames,
  officialSchema,
  schemaVersion,
} from "./officialSchema.ts";
export { textToDoc } from "./textToDoc.ts";

/** The Yjs XML fragment that holds a document body, shared by browser and server. */
export const bodyFragmentName = "body";
