import { createTestDatabase, type TestDatabase } from "@xietong/db/testing";
import type { ServerConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../startServer.ts";

/** A real server on a free port against a fresh PostgreSQL database. */
export interface TestServer {
  server: RunningServer;
  database: TestDatabase;
  close(): Promise<void>;
}

/** What a test server may differ in from the plain API-only default. */
export interface StartTestServerOptions {
  collab?: boolean;
  allowedOrigins?: string[];
  seedDemo?: boolean;
  signInFailuresPerMinute?: number;
}

/** Starts the API (no collab, no demo unless asked) on port 0 against a new test database. */
export async function startTestServer(
  options: StartTestServerOptions = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config: ServerConfig = {
    port: 0,
    host: "127.0.0.1",
    databaseUrl: database.url,
    dataDir: "memory://",
    allowedOrigins: options.allowedOrigins ?? [],
    seedDemo: options.seedDemo ?? false,
    webRoot: undefined,
    logLevel: process.env.TEST_LOG_LEVEL ?? "silent",
    // Every test client signs in from 127.0.0.1, so the throttle is off unless a
    // test sets a limit to exercise it.
    signInFailuresPerMinute: options.signInFailuresPerMinute ?? 10_000,
    trustedProxyHops: 0,
  };
  const server = await startServer({
    config,
    logger: createLogger(config.logLevel),
    parts: { api: true, collab: options.collab ?? false },
  });
  return {
    server,
    database,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}

// The versions tests (owned elsewhere) still import the builders from here.
export {
  type BuiltUnit,
  buildUnit,
  nextPhone,
  testPassword,
} from "@xietong/auth/testing";
