import type { Connection, Extension } from "@hocuspocus/server";
import type { CollabServerMessage } from "@xietong/shared";
import type { Logger } from "pino";

const saved = JSON.stringify({ type: "saved" } satisfies CollabServerMessage);

// y-protocols sync message types carrying content (step 1 carries a state vector).
const syncStep2 = 1;
const syncUpdate = 2;

/**
 * Durable 已保存: tells a connection `{"type":"saved"}` once every update it sent is
 * committed to the journal. Hocuspocus acknowledges an update synchronously right
 * after applying it; our journal commits later, so `saved` always follows that
 * acknowledgement on the same socket, as the client rule in `CollabServerMessage`
 * requires. A write that changed nothing (a duplicate, an empty step 2) gets `saved`
 * as soon as it is handled, provided nothing older of that connection is pending.
 */
export class SavedAcks implements Extension {
  extensionName = "savedAcks";

  private readonly pending = new WeakMap<Connection, number>();
  private readonly wroteContent = new WeakSet<Connection>();
  private readonly log: Logger;

  constructor(options: { logger: Logger }) {
    this.log = options.logger;
  }

  /** Counts an accepted update of `connection` until `durable` resolves. */
  track(connection: Connection, durable: Promise<void>): void {
    this.pending.set(connection, (this.pending.get(connection) ?? 0) + 1);

    durable.then(
      () => this.settle(connection),
      (error: unknown) => {
        this.log.error(
          { err: error, socketId: connection.socketId },
          "update not stored before shutdown",
        );
      },
    );
  }

  async beforeSync({
    connection,
    type,
  }: {
    connection: Connection;
    type: number;
  }): Promise<void> {
    if (type === syncStep2 || type === syncUpdate) this.wroteContent.add(connection);
  }

  async afterHandleMessage({ connection }: { connection: Connection }): Promise<void> {
    if (!this.wroteContent.delete(connection)) return;
    if (connection.readOnly) return;
    if ((this.pending.get(connection) ?? 0) > 0) return;

    connection.sendStateless(saved);
  }

  private settle(connection: Connection): void {
    const left = (this.pending.get(connection) ?? 1) - 1;
    if (left > 0) {
      this.pending.set(connection, left);
      return;
    }

    this.pending.delete(connection);
    if (connection.document.hasConnection(connection)) connection.sendStateless(saved);
  }
}
