import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServerProcess } from "./serverProcess.ts";

/**
 * A loopback HTTP endpoint in the Playwright runner process, which owns the server
 * child process; test workers ask it to restart the server (`POST /restart`).
 */
export async function startControlServer(
  server: ServerProcess,
): Promise<{ url: string; close(): Promise<void> }> {
  let restarting: Promise<void> | undefined;

  const control: Server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/restart") {
      res.writeHead(404).end();
      return;
    }
    restarting ??= server.restart().finally(() => {
      restarting = undefined;
    });
    restarting.then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
  });

  await new Promise<void>((done) => control.listen(0, "127.0.0.1", done));
  const { port } = control.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => control.close(() => done())),
  };
}
