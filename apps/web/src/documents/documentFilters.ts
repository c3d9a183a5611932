/** The lists of the documents page, as `documents.list` names them. */
export const documentFilters = ["all", "mine", "shared", "trash"] as const;

/** One of the document lists. */
export type DocumentFilter = (typeof documentFilters)[number];

/** The list named in the address, or "all" for anything else. */
export function parseDocumentFilter(
  value: string | string[] | undefined,
): DocumentFilter {
  const first = Array.isArray(value) ? value[0] : value;
  return (documentFilters as readonly string[]).includes(first ?? "")
    ? (first as DocumentFilter)
    : "all";
}
