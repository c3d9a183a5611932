import type {
  beforeHandleAwarenessPayload,
  Connection,
  Extension,
} from "@hocuspocus/server";
import { type AwarenessUser, memberColor } from "@xietong/shared";
import type { ConnectionContext } from "../connections/connectionContext.ts";

/**
 * Stamps the server's `{ id, name, color }` over the `user` field of every awareness
 * state a connection sends, so nobody can pose as another member. States for Yjs
 * client ids that another connection already owns are dropped, so nobody can move
 * someone else's cursor either.
 *
 * The colour is settled at a connection's first awareness state: the member's
 * preferred colour unless another member whose state is already stamped in the same
 * document has it, then the next free one. Another tab of the same member gets the
 * colour its first tab has.
 */
export class AwarenessIdentity implements Extension {
  extensionName = "awarenessIdentity";

  // A Connection belongs to one document, so its settled identity is per document.
  private readonly identities = new WeakMap<Connection, AwarenessUser>();

  async beforeHandleAwareness({
    connection,
    document,
    states,
  }: beforeHandleAwarenessPayload<ConnectionContext>): Promise<void> {
    // Server-side awareness (no connection) is trusted as it is.
    if (!connection) return;
    const user = this.identityOf(connection, document.connections);

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

  private identityOf(
    connection: Connection<ConnectionContext>,
    connections: Map<Connection<ConnectionContext>, unknown>,
  ): AwarenessUser {
    const settled = this.identities.get(connection);
    if (settled) return settled;

    const own = connection.context.user;
    const taken = new Set<string>();
    let sameMember: AwarenessUser | undefined;
    for (const other of connections.keys()) {
      const identity = this.identities.get(other);
      if (!identity || other === connection) continue;
      if (identity.id === own.id) sameMember = identity;
      else taken.add(identity.color);
    }

    const identity = {
      ...own,
      color: sameMember?.color ?? memberColor(own.id, taken),
    };
    this.identities.set(connection, identity);
    return identity;
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
