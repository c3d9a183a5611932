import { type Database, findUnitByName, insertUnit, type Unit } from "@xietong/db";
import type { Kysely } from "kysely";

/** The operator's own unit, home of every platform admin. */
export const operatorUnitName = "平台运营";

/** Finds the operator unit, creating it on first use. */
export async function ensureOperatorUnit(db: Kysely<Database>): Promise<Unit> {
  const existing = await findUnitByName(db, operatorUnitName);
  if (existing) return existing;
  return insertUnit(db, { name: operatorUnitName });
}
