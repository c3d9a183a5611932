import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { migrateToLatest } from "../migrate.ts";
import { type OpenDatabase, openDatabase } from "../openDatabase.ts";
import "./providedContext.ts";
import { adminUrl, databaseUrl } from "./urls.ts";

/** A database for one test file, with its URL for servers started by the test. */
export interface TestDatabase extends OpenDatabase {
  url: string | undefined;
}

/**
 * Clones this run's migrated template into a fresh PostgreSQL database. Closing it
 * leaves the database in place; the run's teardown drops it.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const run = inject("testDatabaseRun");
  const name = `${run}_${randomBytes(4).toString("hex")}`;

  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${run}_tmpl`);
  } finally {
    await admin.end();
  }

  const url = databaseUrl(name);
  return { ...(await openDatabase({ url })), url };
}

/** A migrated in-memory PGlite database, to prove storage works on the embedded backend. */
export async function createPgliteTestDatabase(): Promise<TestDatabase> {
  const open = await openDatabase({ dataDir: "memory://" });
  await migrateToLatest(open.db);
  return { ...open, url: undefined };
}
