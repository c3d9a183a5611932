import { titleSchema } from "@xietong/shared";
import { z } from "zod";

const documentId = z.object({ id: z.uuid() });

/** Input of `documents.list`. */
export const listDocumentsInput = z.object({
  filter: z.enum(["all", "mine", "shared", "trash"]),
});

/** Input of `documents.byId`, `trash`, `restore`, `deleteForever` and `shares`. */
export const documentIdInput = documentId;

/** Input of `documents.create`. */
export const createDocumentInput = z.object({ title: titleSchema });

/**
 * Input of `documents.import`. The string cap is a hard stop well above the 5 MB
 * import limit (base64 adds a third), which `importToDoc` enforces with its own id.
 */
export const importDocumentInput = z.object({
  title: titleSchema,
  format: z.enum(["text", "html", "docx"]),
  content: z.string().max(8 * 1024 * 1024),
});

/** Input of `documents.rename`. */
export const renameDocumentInput = documentId.extend({ title: titleSchema });

const principal = {
  principalType: z.enum(["member", "department"]),
  principalId: z.uuid(),
};

/** Input of `documents.share`. */
export const shareDocumentInput = documentId.extend({
  ...principal,
  role: z.enum(["editor", "commenter", "viewer"]),
});

/** Input of `documents.unshare`. */
export const unshareDocumentInput = documentId.extend(principal);
