import { Server } from "@hocuspocus/server";

// The reference: a bare Hocuspocus 4.7 server with no extensions, in its own process
// like ours, so both are measured the same way. FLUSH_DELAY picks the broadcast
// batching ("false" sends every update at once; the default coalesces a tick).

const port = Number(process.env.PORT);
const flushDelay = process.env.FLUSH_DELAY === "false" ? false : 0;

const server = new Server({
  port,
  address: "127.0.0.1",
  quiet: true,
  stopOnSignals: true,
  flushDelay,
});
await server.listen();
process.stdout.write("ready\n");
