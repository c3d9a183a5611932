import { z } from "zod";

/** Input of `versions.list`. */
export const listVersionsInput = z.object({ documentId: z.uuid() });

/** Input of `versions.create`: a named version; 100 characters name any milestone. */
export const createVersionInput = z.object({
  documentId: z.uuid(),
  name: z.string().trim().min(1).max(100),
});

/** Input of `versions.state` and `versions.restore`. */
export const versionIdInput = z.object({ versionId: z.uuid() });
