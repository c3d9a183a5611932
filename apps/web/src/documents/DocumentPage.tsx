import { useParams } from "@solidjs/router";
import { createResource, Match, Show, Switch } from "solid-js";
import { describeError } from "../api/describeError.ts";
import { api } from "../api/trpc.ts";
import { useSession } from "../auth/SessionProvider.tsx";
import { DocumentWorkspace } from "../editor/DocumentWorkspace.tsx";
import { localUser } from "../editor/presence.ts";
import { useI18n } from "../i18n/index.ts";
import { ProblemMessage } from "../ui/ProblemMessage.tsx";

/** `/documents/:id`: loads the document with `documents.byId` and opens it for co-editing. */
export function DocumentPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const session = useSession();
  const [info, { mutate }] = createResource(
    () => params.id,
    (id) => api.documents.byId.query({ id }),
  );

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
        <Match when={info.error}>
          {(error) => <ProblemMessage problem={describeError(error())} />}
        </Match>
        <Match when={info()?.trashedAt}>
          <p class="editor-notice" role="alert">
            {t("editor.trashedNotice")}
          </p>
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
