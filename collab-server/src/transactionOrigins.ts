import type {
  Connection,
  LocalTransactionOrigin,
  TransactionOrigin,
} from "@hocuspocus/server";
import type { ConnectionContext } from "./connections/connectionContext.ts";

/**
 * Where a change to a live document came from, as our extensions see it. Every
 * extension that reacts to changes switches over `kind` exhaustively, so a new
 * source (e.g. a Redis peer, a flow engine) is a compile error until each one
 * decides what to do with it.
 */
export type ChangeOrigin =
  | { kind: "client"; connection: Connection<ConnectionContext> }
  | { kind: "load" }
  | { kind: "restore"; memberId: string }
  | { kind: "journal" }
  | { kind: "peer" }
  | { kind: "server" };

/** The marker our own local transactions carry in Hocuspocus's `context`. */
type LocalMarker =
  | { xietong: "load" }
  | { xietong: "journal" }
  | { xietong: "restore"; memberId: string };

/** The origin of the transaction that applies a stored state while loading. */
export const loadOrigin: LocalTransactionOrigin = {
  source: "local",
  skipStoreHooks: true,
  context: { xietong: "load" } satisfies LocalMarker,
};

/**
 * The origin of a transaction that applies journal rows another process appended
 * (e.g. a version restored by an API process): stored already, shown to clients.
 */
export const journalOrigin: LocalTransactionOrigin = {
  source: "local",
  skipStoreHooks: true,
  context: { xietong: "journal" } satisfies LocalMarker,
};

/** The context of a direct connection that restores a version for a member. */
export function restoreContext(memberId: string): LocalMarker {
  return { xietong: "restore", memberId };
}

/** Classifies a Yjs transaction origin set by Hocuspocus or by us. */
export function classifyOrigin(origin: unknown): ChangeOrigin {
  if (!isTransactionOrigin(origin)) return { kind: "server" };

  switch (origin.source) {
    case "connection":
      return {
        kind: "client",
        connection: origin.connection as Connection<ConnectionContext>,
      };
    case "redis":
      return { kind: "peer" };
    case "local":
      return classifyLocal(origin.context);
  }
}

function classifyLocal(context: unknown): ChangeOrigin {
  const marker = context as Partial<LocalMarker> | undefined;
  if (marker?.xietong === "load") return { kind: "load" };
  if (marker?.xietong === "journal") return { kind: "journal" };
  if (marker?.xietong === "restore" && typeof marker.memberId === "string") {
    return { kind: "restore", memberId: marker.memberId };
  }
  return { kind: "server" };
}

function isTransactionOrigin(origin: unknown): origin is TransactionOrigin {
  if (typeof origin !== "object" || origin === null) return false;
  const source = (origin as { source?: unknown }).source;
  return source === "connection" || source === "redis" || source === "local";
}
