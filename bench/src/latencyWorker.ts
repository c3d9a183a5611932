import { type CollabClient, connectClient } from "@xietong/collab-server/testing";
import * as Y from "yjs";
import { traceText } from "./trace.ts";

// A child process hosting some of the typing clients of the latency benchmark. The
// parent sends `start`, waits for `ready` from every worker, then sends `go`; each
// client types one character at a random place every `intervalMs`. Every edit is
// keyed by its Yjs id (client, clock), so the parent can join the time it was made
// with the times each other client received it, across processes.

/** What the parent tells a worker. */
export type WorkerCommand =
  | {
      type: "start";
      wsUrl: string;
      origin: string;
      documentName: string;
      tokens: string[];
      editsPerClient: number;
      intervalMs: number;
    }
  | { type: "go" }
  /** Every typing client's final clock; report once the clients here have them all. */
  | { type: "collect"; clocks: Array<[number, number]> };

/** What a worker reports; times are ms on the shared wall clock. */
export type WorkerReport =
  | { type: "ready" }
  /** This worker's clients finished typing, with the clock each reached. */
  | { type: "typed"; clocks: Array<[number, number]> }
  | {
      type: "done";
      /** [edit key, time made] */
      made: Array<[string, number]>;
      /** [edit key, time received] for each receiving client here */
      received: Array<[string, number]>;
    };

const now = () => performance.timeOrigin + performance.now();
let clients: CollabClient[] = [];
let settings: Extract<WorkerCommand, { type: "start" }> | undefined;
const made: Array<[string, number]> = [];
const received: Array<[string, number]> = [];

function send(report: WorkerReport): void {
  process.send?.(report);
}

async function start(command: Extract<WorkerCommand, { type: "start" }>): Promise<void> {
  settings = command;
  clients = command.tokens.map((token) =>
    connectClient({
      url: command.wsUrl,
      origin: command.origin,
      documentName: command.documentName,
      token,
    }),
  );
  await Promise.all(clients.map((client) => client.synced()));

  for (const client of clients) {
    client.doc.on("update", (update: Uint8Array, origin: unknown) => {
      // Only what arrives from the server; the provider applies it with itself as origin.
      if (origin !== client.provider) return;
      const at = now();
      for (const struct of Y.decodeUpdate(update).structs) {
        for (let offset = 0; offset < struct.length; offset += 1) {
          received.push([`${struct.id.client}:${struct.id.clock + offset}`, at]);
        }
      }
    });
  }
  send({ type: "ready" });
}

async function go(): Promise<void> {
  if (!settings) throw new Error("go before start");
  const { editsPerClient, intervalMs } = settings;

  await Promise.all(
    clients.map(async (client) => {
      // Spread the clients' keystrokes over the interval instead of all at once.
      await sleep(Math.random() * intervalMs);
      const text = traceText(client.doc);
      for (let edit = 0; edit < editsPerClient; edit += 1) {
        const clock = Y.getState(client.doc.store, client.doc.clientID);
        const position = Math.floor(Math.random() * (text.length + 1));
        made.push([`${client.doc.clientID}:${clock}`, now()]);
        text.insert(position, "x");
        await sleep(intervalMs);
      }
      while (client.provider.hasUnsyncedChanges) await sleep(5);
    }),
  );

  send({
    type: "typed",
    clocks: clients.map((client) => [
      client.doc.clientID,
      Y.getState(client.doc.store, client.doc.clientID),
    ]),
  });
}

async function collect(clocks: Array<[number, number]>): Promise<void> {
  // Every edit must reach every client; a slow delivery is measured, not dropped,
  // unless it takes longer than a minute.
  const deadline = Date.now() + 60_000;
  const complete = () =>
    clients.every((client) =>
      clocks.every(([id, clock]) => Y.getState(client.doc.store, id) >= clock),
    );
  while (!complete() && Date.now() < deadline) await sleep(20);

  send({ type: "done", made, received });
  for (const client of clients) client.destroy();
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

process.on("message", (command: WorkerCommand) => {
  const work =
    command.type === "start"
      ? start(command)
      : command.type === "go"
        ? go()
        : collect(command.clocks);
  work.catch((error: unknown) => {
    process.stderr.write(`latency worker failed: ${String(error)}\n`);
    process.exit(1);
  });
});
