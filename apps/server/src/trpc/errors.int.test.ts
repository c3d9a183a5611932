import { TRPCClientError } from "@trpc/client";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import type { AppRouter } from "../index.ts";
import { useTestServer } from "../testing/useTestServer.ts";

const harness = useTestServer();

describe("error formatter", () => {
  it("hides an unexpected failure behind the internal error id", async () => {
    const home = await harness.buildUnit("故障单位");
    const client = await harness.signedIn((await home.member()).phone);

    // A real failure: the table the query needs is gone.
    await sql`drop table document_shares cascade`.execute(harness.database.db);

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
