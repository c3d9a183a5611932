import { TRPCClientError } from "@trpc/client";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../index.ts";
import { createTestClient } from "../testing/createTestClient.ts";
import {
  buildUnit,
  startTestServer,
  type TestServer,
  testPassword,
} from "../testing/startTestServer.ts";

let test: TestServer;

beforeAll(async () => {
  test = await startTestServer();
});

afterAll(async () => {
  await test.close();
});

describe("error formatter", () => {
  it("hides an unexpected failure behind the internal error id", async () => {
    const home = await buildUnit(test.database, "故障单位");
    const member = await home.member();
    const client = createTestClient(test.server.url);
    await client.api.auth.signIn.mutate({ phone: member.phone, password: testPassword });

    // A real failure: the table the query needs is gone.
    await sql`drop table document_shares cascade`.execute(test.database.db);

    try {
      await client.api.documents.list.query({ filter: "all" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCClientError);
      const failure = error as TRPCClientError<AppRouter>;
      expect(failure.message).toBe("Internal error");
      expect(failure.data?.errorId).toBe("internal");
      expect(JSON.stringify(failure.shape)).not.toContain("document_shares");
      expect(JSON.stringify(failure.shape)).not.toContain("stack");
    }
  });
});
