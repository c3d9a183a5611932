import type { Accessor } from "solid-js";
import { api } from "../api/trpc.ts";
import { createQuery } from "../ui/createQuery.ts";
import type { DocumentFilter } from "./documentFilters.ts";

/** One row of `documents.list`. */
export type DocumentSummary = Awaited<
  ReturnType<typeof api.documents.list.query>
>[number];

/** The documents of one list, reloaded when the list changes or on `refresh()`. */
export function createDocumentList(filter: Accessor<DocumentFilter>) {
  return createQuery(filter, (current) => api.documents.list.query({ filter: current }));
}
