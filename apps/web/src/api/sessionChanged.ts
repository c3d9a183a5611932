import type { ErrorId } from "@xietong/shared";

type Listener = () => void;

const listeners = new Set<Listener>();

// Refusals that mean the session is not what the page believes: gone (idle timeout,
// signed out elsewhere, member or unit disabled) or limited to changing the password.
const sessionErrorIds: ReadonlySet<string> = new Set<ErrorId>([
  "auth.required",
  "auth.mustChangePassword",
  "auth.memberDisabled",
  "auth.unitDisabled",
]);

/** Whether an API refusal means the page should read the session again. */
export function isSessionErrorId(errorId: string | undefined): boolean {
  return errorId !== undefined && sessionErrorIds.has(errorId);
}

/** Subscribes to "the session may have changed"; returns the unsubscribe. */
export function onSessionChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells the session holder to read `auth.me()` again after a session refusal. */
export function notifySessionChanged(): void {
  for (const listener of listeners) listener();
}
