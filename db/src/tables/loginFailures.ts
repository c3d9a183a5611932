import type { Kysely } from "kysely";
import type { Database } from "../types.ts";

/** Records a failed sign-in; `memberId` is null when the phone matched nobody. */
export async function insertLoginFailure(
  db: Kysely<Database>,
  failure: { memberId: string | null; phone: string; ip: string },
): Promise<void> {
  await db.insertInto("loginFailures").values(failure).execute();
}

/** How many failed sign-ins a member had since a moment. */
export async function countLoginFailuresSince(
  db: Kysely<Database>,
  { memberId, since }: { memberId: string; since: Date },
): Promise<number> {
  const row = await db
    .selectFrom("loginFailures")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("memberId", "=", memberId)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Forgets a member's failures, after a successful sign-in or a password reset. */
export async function clearLoginFailures(
  db: Kysely<Database>,
  memberId: string,
): Promise<void> {
  await db.deleteFrom("loginFailures").where("memberId", "=", memberId).execute();
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
