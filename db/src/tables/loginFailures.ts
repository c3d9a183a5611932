import type { Kysely } from "kysely";
import type { Database } from "../types.ts";

/**
 * Records a failed sign-in; `memberId` is null when the phone matched nobody. `at`
 * defaults to the database's clock.
 */
export async function insertLoginFailure(
  db: Kysely<Database>,
  failure: { memberId: string | null; phone: string; ip: string; at?: Date },
): Promise<void> {
  await db.insertInto("loginFailures").values(failure).execute();
}

/**
 * How many failed sign-ins a phone number had since a moment, whether or not a member
 * has that number: counting by member would tell which numbers exist.
 */
export async function countLoginFailuresSince(
  db: Kysely<Database>,
  { phone, since }: { phone: string; since: Date },
): Promise<number> {
  const row = await db
    .selectFrom("loginFailures")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("phone", "=", phone)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The times of a phone number's latest failed sign-ins, newest first. */
export async function listLatestLoginFailures(
  db: Kysely<Database>,
  { phone, limit }: { phone: string; limit: number },
): Promise<Date[]> {
  const rows = await db
    .selectFrom("loginFailures")
    .select("at")
    .where("phone", "=", phone)
    .orderBy("at", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => row.at);
}

/**
 * Forgets a phone number's failures, after a successful sign-in, a password reset or
 * an unlock by the unit admin.
 */
export async function clearLoginFailures(
  db: Kysely<Database>,
  phone: string,
): Promise<void> {
  await db.deleteFrom("loginFailures").where("phone", "=", phone).execute();
}

/** Deletes failures older than a moment; only the lockout window ever reads them. */
export async function deleteLoginFailuresBefore(
  db: Kysely<Database>,
  before: Date,
): Promise<number> {
  const result = await db
    .deleteFrom("loginFailures")
    .where("at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
