import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateToLatest } from "../migrate.ts";
import { openDatabase } from "../openDatabase.ts";
import "./providedContext.ts";
import { adminUrl, databaseUrl } from "./urls.ts";

/**
 * Creates one migrated template database for this test run on the real PostgreSQL;
 * each test file clones it (CREATE DATABASE … TEMPLATE) and everything is dropped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = `xt_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database ${run}_tmpl`);

  const template = await openDatabase({ url: databaseUrl(`${run}_tmpl`), poolSize: 1 });
  await migrateToLatest(template.db);
  await template.close();

  project.provide("testDatabaseRun", run);

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${run}%`],
    );
    for (const { datname } of rows) {
      await admin.query(`drop database if exists ${datname} with (force)`);
    }
    await admin.end();
  };
}
