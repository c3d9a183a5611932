import { createResource, onCleanup } from "solid-js";
import { onSessionEnded } from "../api/sessionEnded.ts";
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

  // Another call found the session gone (idle timeout, signed out elsewhere): forget it
  // here too, so the route guard sends the member to sign-in.
  onCleanup(onSessionEnded(() => mutate(null)));

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
