import { type CollabClient, connectClient } from "@xietong/collab-server/testing";
import type { BenchServer } from "./benchServer.ts";

/**
 * Connects the collab engineer's Node test client to a document on a bench server,
 * with a fresh token and the server's own origin, as a browser tab would.
 */
export async function openClient(
  server: BenchServer,
  documentName: string,
): Promise<CollabClient> {
  const client = connectClient({
    url: server.wsUrl,
    origin: server.origin,
    documentName,
    token: await server.token(),
  });
  await client.synced();
  return client;
}

/** Resolves once the server has acknowledged every update the client sent. */
export async function acknowledged(
  client: CollabClient,
  timeoutMs = 600_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (client.provider.hasUnsyncedChanges) {
    if (Date.now() > deadline) throw new Error("Updates were not acknowledged in time");
    await new Promise((done) => setTimeout(done, 5));
  }
}
