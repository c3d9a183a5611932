import { Navigate, Route, Router } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { ChangePasswordPage } from "./auth/ChangePasswordPage.tsx";
import { RequireSession } from "./auth/RequireSession.tsx";
import { SessionProvider } from "./auth/SessionProvider.tsx";
import { SignInPage } from "./auth/SignInPage.tsx";
import { DocumentsPage } from "./documents/DocumentsPage.tsx";
import { PlatformPage } from "./platform/PlatformPage.tsx";
import { AppShell } from "./shell/AppShell.tsx";
import { NotFoundPage } from "./shell/NotFoundPage.tsx";
import { UnitAdminPage } from "./units/UnitAdminPage.tsx";

// The editor engineer's page is found through a glob so that the app still builds while
// `documents/DocumentPage.tsx` does not exist yet; it must export `DocumentPage`.
// TODO(#2): replace with a plain `lazy(import(...))` — when DocumentPage.tsx is committed.
const documentPageModules = import.meta.glob<{ DocumentPage: Component }>(
  "./documents/DocumentPage.tsx",
);
const loadDocumentPage = documentPageModules["./documents/DocumentPage.tsx"];
const DocumentPage = lazy(async () => {
  if (!loadDocumentPage) return { default: NotFoundPage };
  const module = await loadDocumentPage();
  return { default: module.DocumentPage };
});

/** The web app: session, routes and the shell around signed-in pages. */
export function App() {
  return (
    <Router root={SessionProvider}>
      <Route path="/sign-in" component={SignInPage} />
      <Route path="/" component={RequireSession}>
        <Route path="/change-password" component={ChangePasswordPage} />
        <Route path="/" component={AppShell}>
          <Route path="/" component={() => <Navigate href="/documents" />} />
          <Route path="/documents" component={DocumentsPage} />
          <Route path="/documents/:id" component={DocumentPage} />
          <Route path="/unit/*section" component={UnitAdminPage} />
          <Route path="/platform" component={PlatformPage} />
          <Route path="*" component={NotFoundPage} />
        </Route>
      </Route>
    </Router>
  );
}
