import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { migrateToLatest } from "./migrate.ts";
import { openDatabase } from "./openDatabase.ts";

describe("openDatabase", () => {
  it("migrates an embedded PGlite database and reads back a unit", async () => {
    const { db, close, backend } = await openDatabase({ dataDir: "memory://" });
    try {
      expect(backend).toBe("pglite");
      await migrateToLatest(db);
      await db
        .insertInto("units")
        .values({
          name: "测试单位",
          settings: JSON.stringify({ sessionIdleMinutes: 30 }),
        })
        .execute();
      const unit = await db.selectFrom("units").selectAll().executeTakeFirstOrThrow();
      expect(unit.name).toBe("测试单位");
      expect(unit.settings.sessionIdleMinutes).toBe(30);
      const { rows } = await sql<{ v: string }>`select version() as v`.execute(db);
      expect(rows[0]?.v).toContain("PostgreSQL");
    } finally {
      await close();
    }
  });
});
