import { A } from "@solidjs/router";
import { useI18n } from "../i18n/index.ts";
import { usePageTitle } from "../ui/usePageTitle.ts";

/** Shown for an address the app does not know. */
export function NotFoundPage() {
  usePageTitle("common.notFound");
  const { t } = useI18n();
  return (
    <section class="page empty-page">
      <h1>{t("common.notFound")}</h1>
      <A href="/documents">{t("common.backHome")}</A>
    </section>
  );
}
