import { type BuiltUnit, buildUnit, testPassword } from "@xietong/auth/testing";
import { createRightsEvents, type RightsEvent } from "@xietong/db";
import type { TestDatabase } from "@xietong/db/testing";
import { afterAll, beforeAll, expect } from "vitest";
import type { RunningServer } from "../startServer.ts";
import { createTestClient, type TestClient } from "./createTestClient.ts";
import {
  type StartTestServerOptions,
  startTestServer,
  type TestServer,
} from "./startTestServer.ts";

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A test file's server with builders for what its tests need. */
export interface TestHarness {
  /** The running server; like every field, only inside tests and hooks. */
  readonly server: RunningServer;
  readonly url: string;
  readonly database: TestDatabase;
  /**
   * Waits until `event` has been heard `times` times in all by the rights event
   * listener (`rightsEvents`), then fails if the count
   * is not exactly that. Counting, rather than clearing `heard` between steps, keeps
   * a late event of one step from passing for the next step's identical event.
   */
  expectHeard(event: RightsEvent, times?: number): Promise<void>;
  /** Builds a unit with departments in the server's database. */
  buildUnit(name: string): Promise<BuiltUnit>;
  /** A client with its own cookie jar, not signed in (see `createTestClient`). */
  client(options?: { origin?: string | null }): TestClient;
  /** A client with its own cookie jar, signed in as the member with this phone. */
  signedIn(phone: string, password?: string): Promise<TestClient>;
}

/**
 * Starts a test server before the file's tests and closes it after them. Call it at
 * the top of a test file. `rightsEvents` also starts a rights event listener on a
 * PostgreSQL connection of its own, as a separate collab process would have.
 */
export function useTestServer(
  options: StartTestServerOptions & { rightsEvents?: boolean } = {},
): TestHarness {
  const { rightsEvents, ...serverOptions } = options;
  let running: TestServer | undefined;
  let stopListening: (() => Promise<void>) | undefined;
  const heard: RightsEvent[] = [];

  beforeAll(async () => {
    running = await startTestServer(serverOptions);
    if (!rightsEvents) return;

    const events = await createRightsEvents(running.database, {
      url: running.database.url,
    });
    events.subscribe((event) => heard.push(event));
    stopListening = () => events.close();
  });

  afterAll(async () => {
    await stopListening?.();
    await running?.close();
  });

  const test = (): TestServer => {
    if (!running) throw new Error("The test server is used before it started");
    return running;
  };

  return {
    get server() {
      return test().server;
    },
    get url() {
      return test().server.url;
    },
    get database() {
      return test().database;
    },
    expectHeard: async (event, times = 1) => {
      const wanted = JSON.stringify(event);
      const count = () => heard.filter((e) => JSON.stringify(e) === wanted).length;
      for (let i = 0; i < 100 && count() < times; i += 1) await pause(20);
      // A short pause more, so an extra duplicate would show up as a wrong count.
      await pause(50);
      expect(count()).toBe(times);
    },
    buildUnit: (name) => buildUnit(test().database, name),
    client: (clientOptions) => createTestClient(test().server.url, clientOptions),
    signedIn: async (phone, password = testPassword) => {
      const client = createTestClient(test().server.url);
      await client.api.auth.signIn.mutate({ phone, password });
      return client;
    },
  };
}
