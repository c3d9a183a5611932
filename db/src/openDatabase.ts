import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { CamelCasePlugin, Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./types.ts";

// bigint (int8) arrives as a string: journal seqs exceed 2^53 only in theory, but
// keeping them strings avoids silent precision loss when they do.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => value);

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent an embedded PGlite database is used. */
  url?: string | undefined;
  /** The PGlite data folder; `memory://` keeps it in memory. Ignored when `url` is set. */
  dataDir?: string | undefined;
  /** Pool size for a real PostgreSQL server. */
  poolSize?: number;
}

/** An open database: the query builder, which backend it is, and how to close it. */
export interface OpenDatabase {
  db: Kysely<Database>;
  backend: "postgres" | "pglite";
  /** Where the data lives: the PGlite folder, or the server address without credentials. */
  location: string;
  close(): Promise<void>;
}

/** Opens PostgreSQL when a URL is given, otherwise an embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    return {
      db,
      backend: "postgres",
      location: describeUrl(options.url),
      close: () => db.destroy(),
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  const pglite = await PGlite.create(dataDir);
  const pool = new pg.Pool(createPgConfig(pglite));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    backend: "pglite",
    location: dataDir,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "postgresql";
  }
}
