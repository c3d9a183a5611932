import { randomBytes } from "node:crypto";
import pg from "pg";

/** The maintenance database the harness creates and drops its database through. */
function adminUrl(): string {
  return (
    process.env.TEST_DATABASE_ADMIN_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
  );
}

/** A database made for one e2e run, and how to drop it. */
export interface E2eDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database for this run; the server under test migrates it itself, as
 * on a real first start.
 */
export async function createE2eDatabase(): Promise<E2eDatabase> {
  const name = `xt_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));

  const url = new URL(adminUrl());
  url.pathname = `/${name}`;

  return {
    name,
    url: url.toString(),
    drop: () =>
      withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(work: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
