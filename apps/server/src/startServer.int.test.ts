import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";
import { type RunningServer, startServer } from "./startServer.ts";
import { createTestClient } from "./testing/createTestClient.ts";

// `npm start` without DATABASE_URL runs on embedded PGlite: prove the API, the demo
// seed and sessions work there too, not only on the PostgreSQL the other tests use.

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    config: {
      port: 0,
      host: "127.0.0.1",
      databaseUrl: undefined,
      dataDir: "memory://",
      allowedOrigins: [],
      seedDemo: true,
      webRoot: undefined,
      logLevel: "silent",
      signInFailuresPerMinute: 20,
      trustedProxyHops: 0,
    },
    logger: createLogger("silent"),
    parts: { api: true, collab: false },
  });
});

afterAll(async () => {
  await server?.close();
});

describe("startServer on embedded PGlite", () => {
  it("seeds the demo and serves sign-in, documents and sign-out", async () => {
    const account = server.demo?.members.find((member) => member.phone === "13800000004");
    expect(account).toBeDefined();

    const client = createTestClient(server.url);
    await client.api.auth.signIn.mutate({
      phone: account?.phone ?? "",
      password: account?.password ?? "",
    });
    const [sample] = await client.api.documents.list.query({ filter: "shared" });
    expect(sample?.role).toBe("editor");

    const { id } = await client.api.documents.create.mutate({ title: "嵌入式数据库" });
    expect((await client.api.documents.byId.query({ id })).role).toBe("owner");

    await client.api.auth.signOut.mutate();
    expect(await client.api.auth.me.query()).toBeNull();
  });
});
