import { createContext, type ParentProps, useContext } from "solid-js";
import { createSession, type Session } from "./createSession.ts";

const SessionContext = createContext<Session>();

/** Loads the session once for the whole app; the router's root. */
export function SessionProvider(props: ParentProps) {
  const session = createSession();
  return (
    <SessionContext.Provider value={session}>{props.children}</SessionContext.Provider>
  );
}

/** The session of the signed-in member; only inside `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession() was called outside <SessionProvider>");
  return session;
}
