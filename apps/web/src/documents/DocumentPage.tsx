import { A, useParams } from "@solidjs/router";
import { parseDocumentName } from "@xietong/shared";
import { createResource, Match, Show, Switch } from "solid-js";
import { describeError } from "../api/describeError.ts";
import { api } from "../api/trpc.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { DocumentWorkspace } from "../editor/DocumentWorkspace.tsx";
import { localUser } from "../editor/presence.ts";
import { useI18n } from "../i18n/index.ts";
import { NotFoundPage } from "../shell/NotFoundPage.tsx";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";
import { usePageTitle } from "../ui/usePageTitle.ts";

// The API refuses an id that is no uuid with a validation error; to a reader it is just
// a document that does not exist, so it is not even asked.
function isDocumentId(id: string): boolean {
  return parseDocumentName(`document.${id}`) !== null;
}

/** `/documents/:id`: loads the document with `documents.byId` and opens it for co-editing. */
export function DocumentPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const session = useSession();
  const [info, { mutate }] = createResource(
    () => (isDocumentId(params.id) ? params.id : undefined),
    (id) => api.documents.byId.query({ id }),
  );

  const errorId = () => (info.error ? describeError(info.error).errorId : undefined);
  const notFound = () =>
    !isDocumentId(params.id) ||
    errorId() === "access.notFound" ||
    errorId() === "validation.failed";

  usePageTitle(() => {
    if (notFound()) return t("common.notFound");
    const loaded = info.error ? undefined : info();
    return loaded ? loaded.title || t("documents.untitled") : undefined;
  });

  const self = () => {
    const member = session.me()?.member;
    return member ? localUser(member) : null;
  };

  const rename = (title: string) => {
    const current = info();
    if (current) mutate({ ...current, title });
  };

  return (
    <section class="page">
      <Switch>
        <Match when={notFound()}>
          <NotFoundPage message="common.documentNotFound" />
        </Match>
        <Match when={errorId() === "document.trashed"}>
          <TrashedNotice />
        </Match>
        <Match when={info.error}>
          {(error) => <ProblemMessage problem={describeError(error())} />}
        </Match>
        <Match when={info()?.trashedAt}>
          <TrashedNotice />
        </Match>
        <Match when={info()}>
          {(loaded) => (
            // Keyed on the id: a rename must not reconnect, another document must.
            <Show when={loaded().id} keyed>
              {(documentId) => (
                <DocumentWorkspace
                  documentId={documentId}
                  title={loaded().title}
                  role={loaded().role}
                  schemaVersion={loaded().schemaVersion}
                  self={self()}
                  onRenamed={rename}
                />
              )}
            </Show>
          )}
        </Match>
        <Match when={info.loading}>
          <p class="page-loading">{t("editor.loading")}</p>
        </Match>
      </Switch>
    </section>
  );
}

function TrashedNotice() {
  const { t } = useI18n();
  return (
    <div class="editor-notice" role="alert">
      <p>{t("editor.trashedNotice")}</p>
      <A href="/documents">{t("common.backToDocuments")}</A>
    </div>
  );
}
