import type {
  beforeHandleAwarenessPayload,
  Connection,
  Extension,
} from "@hocuspocus/server";
import type { ConnectionContext } from "../connections/connectionContext.ts";

/**
 * Stamps the server's `{ id, name, color }` over the `user` field of every awareness
 * state a connection sends, so nobody can pose as another member. States for Yjs
 * client ids that another connection already owns are dropped, so nobody can move
 * someone else's cursor either.
 */
export class AwarenessIdentity implements Extension {
  extensionName = "awarenessIdentity";

  async beforeHandleAwareness({
    connection,
    document,
    states,
  }: beforeHandleAwarenessPayload<ConnectionContext>): Promise<void> {
    // Server-side awareness (no connection) is trusted as it is.
    if (!connection) return;
    const user = connection.context.user;

    for (const [clientId, state] of states) {
      if (ownedByAnother(document.connections, connection, clientId)) {
        states.delete(clientId);
        continue;
      }
      // A state is whatever JSON the client sent; anything but an object becomes one.
      if (typeof state !== "object" || state === null || Array.isArray(state)) {
        states.set(clientId, { user: { ...user } });
        continue;
      }
      state.user = { ...user };
    }
  }
}

function ownedByAnother(
  connections: Map<Connection, { clients: Set<number> }>,
  connection: Connection,
  clientId: number,
): boolean {
  for (const [other, { clients }] of connections) {
    if (other !== connection && clients.has(clientId)) return true;
  }
  return false;
}
