import { type Kysely, sql } from "kysely";

// Migrations take Kysely<any>: they describe the schema at their own point in time,
// not the current row types.
// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("units")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("settings", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("departments")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("unit_id", "uuid", (c) =>
      c.notNull().references("units.id").onDelete("cascade"),
    )
    .addColumn("parent_id", "uuid", (c) =>
      c.references("departments.id").onDelete("cascade"),
    )
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("departments_unit_idx")
    .on("departments")
    .column("unit_id")
    .execute();

  await db.schema
    .createTable("members")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("unit_id", "uuid", (c) =>
      c.notNull().references("units.id").onDelete("cascade"),
    )
    .addColumn("department_id", "uuid", (c) =>
      c.references("departments.id").onDelete("set null"),
    )
    .addColumn("phone", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("must_change_password", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("role", "text", (c) => c.notNull().defaultTo("member"))
    .addColumn("is_platform_admin", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("active"))
    .addColumn("locked_until", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("members_unit_idx")
    .on("members")
    .column("unit_id")
    .execute();

  await db.schema
    .createTable("login_failures")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("member_id", "uuid", (c) => c.references("members.id").onDelete("cascade"))
    .addColumn("phone", "text", (c) => c.notNull())
    .addColumn("ip", "text", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("login_failures_member_at_idx")
    .on("login_failures")
    .columns(["member_id", "at"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("member_id", "uuid", (c) =>
      c.notNull().references("members.id").onDelete("cascade"),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_seen_at", "timestamptz", (c) => c.notNull())
    .addColumn("idle_expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("absolute_expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema
    .createIndex("sessions_member_idx")
    .on("sessions")
    .column("member_id")
    .execute();

  await db.schema
    .createTable("collab_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("session_id", "text", (c) =>
      c.notNull().references("sessions.id").onDelete("cascade"),
    )
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("documents")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("unit_id", "uuid", (c) =>
      c.notNull().references("units.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("document"))
    .addColumn("owner_id", "uuid", (c) => c.notNull().references("members.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("schema_version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("trashed_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("documents_unit_idx")
    .on("documents")
    .column("unit_id")
    .execute();

  await db.schema
    .createTable("document_shares")
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addColumn("principal_type", "text", (c) => c.notNull())
    .addColumn("principal_id", "uuid", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("document_shares_pk", [
      "document_id",
      "principal_type",
      "principal_id",
    ])
    .execute();
  await db.schema
    .createIndex("document_shares_principal_idx")
    .on("document_shares")
    .columns(["principal_type", "principal_id"])
    .execute();

  await db.schema
    .createTable("document_updates")
    .addColumn("seq", "bigserial", (c) => c.primaryKey())
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addColumn("update", "bytea", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("document_updates_document_seq_idx")
    .on("document_updates")
    .columns(["document_id", "seq"])
    .execute();

  await db.schema
    .createTable("document_snapshots")
    .addColumn("document_id", "uuid", (c) =>
      c.primaryKey().references("documents.id").onDelete("cascade"),
    )
    .addColumn("state", "bytea", (c) => c.notNull())
    .addColumn("through_seq", "bigint", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("document_versions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("document_id", "uuid", (c) =>
      c.notNull().references("documents.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("name", "text")
    .addColumn("state", "bytea", (c) => c.notNull())
    .addColumn("through_seq", "bigint", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) =>
      c.references("members.id").onDelete("set null"),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("document_versions_document_idx")
    .on("document_versions")
    .columns(["document_id", "created_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own time
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "document_versions",
    "document_snapshots",
    "document_updates",
    "document_shares",
    "documents",
    "collab_tokens",
    "sessions",
    "login_failures",
    "members",
    "departments",
    "units",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
