import { createResource, onCleanup } from "solid-js";
import { onSessionChanged } from "../api/sessionChanged.ts";
import { api } from "../api/trpc.ts";

/** Who is signed in, as `auth.me()` returns it; `null` when nobody is. */
export type Me = Awaited<ReturnType<typeof api.auth.me.query>>;

/** The signed-in member and the session operations the whole app shares. */
export function createSession() {
  // An unreachable server reads as "nobody signed in": the sign-in page then shows the
  // network error on the next attempt, instead of the app failing to render.
  const [me, { refetch, mutate }] = createResource<Me>(() =>
    api.auth.me.query().catch(() => null),
  );

  // Another call was refused for the session's sake (idle timeout, signed out elsewhere,
  // password to change): read it again so that the route guard acts on the truth.
  onCleanup(onSessionChanged(() => void refetch()));

  async function signOut(): Promise<void> {
    try {
      await api.auth.signOut.mutate();
    } finally {
      mutate(null);
    }
  }

  async function signOutEverywhere(): Promise<void> {
    await api.auth.signOutEverywhere.mutate();
    mutate(null);
  }

  return {
    /** The current member and unit; `undefined` while the first `auth.me()` runs. */
    me,
    /** Reads `auth.me()` again, e.g. after signing in or changing the password. */
    refresh: () => refetch(),
    signOut,
    signOutEverywhere,
  };
}

/** The session object shared through `useSession()`. */
export type Session = ReturnType<typeof createSession>;
