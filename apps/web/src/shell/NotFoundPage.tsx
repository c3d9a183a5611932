import { A } from "@solidjs/router";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import { usePageTitle } from "../ui/usePageTitle.ts";

/** Shown for an address the app does not know, or a document nobody may open here. */
export function NotFoundPage(props: { message?: MessageKey }) {
  usePageTitle("common.notFound");
  const { t } = useI18n();
  return (
    <section class="page empty-page">
      <h1>{t(props.message ?? "common.notFound")}</h1>
      <A href="/documents">{t("common.backToDocuments")}</A>
    </section>
  );
}
