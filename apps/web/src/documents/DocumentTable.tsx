import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useSession } from "../auth/SessionProvider.tsx";
import { useI18n } from "../i18n/index.ts";
import { formatDateTime } from "../ui/formatDateTime.ts";
import type { DocumentSummary } from "./createDocumentList.ts";
import "./documentTable.css";

/** What a row's buttons ask the page to do. */
export type DocumentAction = "rename" | "share" | "trash" | "restore" | "deleteForever";

/** The documents of one list; owners get rename, share and trash (or restore and delete). */
export function DocumentTable(props: {
  documents: readonly DocumentSummary[];
  inTrash: boolean;
  onAction: (action: DocumentAction, document: DocumentSummary) => void;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const owns = (document: DocumentSummary) => document.ownerId === me()?.member.id;

  return (
    <table class="table document-table">
      <thead>
        <tr>
          <th scope="col">{t("documents.docTitle")}</th>
          <th scope="col" class="table-nowrap">
            {t("documents.owner")}
          </th>
          <th scope="col" class="table-nowrap">
            {t("documents.myRole")}
          </th>
          <th scope="col" class="table-nowrap">
            {props.inTrash ? t("documents.trashedAt") : t("documents.updatedAt")}
          </th>
          <th scope="col" class="table-actions">
            {t("common.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.documents}>
          {(document) => (
            <tr>
              <td>
                <Show
                  when={!props.inTrash}
                  fallback={
                    <span class="document-link" title={document.title}>
                      {document.title || t("documents.untitled")}
                    </span>
                  }
                >
                  <A
                    href={`/documents/${document.id}`}
                    class="document-link"
                    title={document.title}
                  >
                    {document.title || t("documents.untitled")}
                  </A>
                </Show>
              </td>
              <td class="table-nowrap document-meta">{document.ownerName}</td>
              <td class="table-nowrap document-meta">
                {t(`documents.role.${document.role}`)}
              </td>
              <td class="table-muted table-nowrap document-meta">
                {formatDateTime(
                  props.inTrash ? document.trashedAt : document.updatedAt,
                  locale(),
                )}
              </td>
              <td class="table-actions document-actions">
                <Show when={owns(document)}>
                  <Show
                    when={props.inTrash}
                    fallback={
                      <>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => props.onAction("share", document)}
                        >
                          {t("documents.share")}
                        </button>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => props.onAction("rename", document)}
                        >
                          {t("common.rename")}
                        </button>
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => props.onAction("trash", document)}
                        >
                          {t("documents.moveToTrash")}
                        </button>
                      </>
                    }
                  >
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => props.onAction("restore", document)}
                    >
                      {t("documents.restore")}
                    </button>
                    <button
                      type="button"
                      class="link-button link-danger"
                      onClick={() => props.onAction("deleteForever", document)}
                    >
                      {t("documents.deleteForever")}
                    </button>
                  </Show>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
