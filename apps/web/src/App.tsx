import { Navigate, Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import { ChangePasswordPage } from "./auth/ChangePasswordPage.tsx";
import { RequireSession } from "./auth/RequireSession.tsx";
import { SessionProvider } from "./auth/SessionProvider.tsx";
import { SignInPage } from "./auth/SignInPage.tsx";
import { DocumentsPage } from "./documents/DocumentsPage.tsx";
import { PlatformPage } from "./platform/PlatformPage.tsx";
import { AppShell } from "./shell/AppShell.tsx";
import { NotFoundPage } from "./shell/NotFoundPage.tsx";
import { UnitAdminPage } from "./units/UnitAdminPage.tsx";

// The editor and its dependencies (ProseMirror, Yjs) load only when a document opens.
const DocumentPage = lazy(async () => {
  const module = await import("./documents/DocumentPage.tsx");
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
