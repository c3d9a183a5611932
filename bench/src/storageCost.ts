import pg from "pg";

const journalTables = ["document_updates", "document_snapshots"] as const;

/** Bytes the two document storage tables occupy, and the logical bytes they hold. */
export interface StorageSize {
  /** Heap, TOAST and index pages of both tables (`pg_total_relation_size`). */
  relationBytes: number;
  /** `octet_length` of the stored updates and snapshot states. */
  payloadBytes: number;
  journalRows: number;
}

/**
 * Turns autovacuum off for the storage tables of the bench database, so dead rows
 * left by compaction keep their pages and the tables' growth counts every byte
 * written, not only what survives.
 */
export async function keepDeadRows(databaseUrl: string): Promise<void> {
  await withClient(databaseUrl, async (client) => {
    for (const table of journalTables) {
      await client.query(
        `alter table ${table} set (autovacuum_enabled = false, toast.autovacuum_enabled = false)`,
      );
    }
  });
}

/** Measures the storage tables of the bench database now. */
export async function measureStorage(databaseUrl: string): Promise<StorageSize> {
  return withClient(databaseUrl, async (client) => {
    const sizes = await client.query<{ bytes: string }>(
      `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes
         from pg_class c where c.relname = any($1)`,
      [journalTables],
    );
    const payload = await client.query<{ updates: string; rows: string; states: string }>(
      `select
         (select coalesce(sum(octet_length(update)), 0) from document_updates)::bigint as updates,
         (select count(*) from document_updates)::bigint as rows,
         (select coalesce(sum(octet_length(state)), 0) from document_snapshots)::bigint as states`,
    );
    const row = payload.rows[0];
    return {
      relationBytes: Number(sizes.rows[0]?.bytes ?? 0),
      payloadBytes: Number(row?.updates ?? 0) + Number(row?.states ?? 0),
      journalRows: Number(row?.rows ?? 0),
    };
  });
}

async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
