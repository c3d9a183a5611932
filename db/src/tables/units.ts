import type { Kysely } from "kysely";
import type { Database, NewUnit, Unit, UnitSettings } from "../types.ts";

/** The security settings a unit starts with: 30 min idle, 8 h absolute, 5 failures in 15 min lock 10 min. */
export const defaultUnitSettings: UnitSettings = {
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 8,
  lockoutFailures: 5,
  lockoutWindowMinutes: 15,
  lockoutMinutes: 10,
};

const unitColumns = ["id", "name", "status", "settings", "createdAt"] as const;

/** Reads a unit by id; undefined when there is none. */
export function findUnit(db: Kysely<Database>, id: string): Promise<Unit | undefined> {
  return db
    .selectFrom("units")
    .select(unitColumns)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** Reads a unit by its exact name. */
export function findUnitByName(
  db: Kysely<Database>,
  name: string,
): Promise<Unit | undefined> {
  return db
    .selectFrom("units")
    .select(unitColumns)
    .where("name", "=", name)
    .executeTakeFirst();
}

/** Every unit, oldest first. */
export function listUnits(db: Kysely<Database>): Promise<Unit[]> {
  return db.selectFrom("units").select(unitColumns).orderBy("createdAt").execute();
}

/** How many units exist; the demo seed runs only on an empty database. */
export async function countUnits(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("units")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Inserts a unit and returns it; settings default to `defaultUnitSettings`. */
export function insertUnit(
  db: Kysely<Database>,
  unit: Omit<NewUnit, "settings"> & { settings?: UnitSettings },
): Promise<Unit> {
  return db
    .insertInto("units")
    .values({
      ...unit,
      settings: JSON.stringify(unit.settings ?? defaultUnitSettings),
    })
    .returning(unitColumns)
    .executeTakeFirstOrThrow();
}

/** Replaces a unit's security settings. */
export async function updateUnitSettings(
  db: Kysely<Database>,
  id: string,
  settings: UnitSettings,
): Promise<void> {
  await db
    .updateTable("units")
    .set({ settings: JSON.stringify(settings) })
    .where("id", "=", id)
    .execute();
}

/** Enables or disables a unit; returns whether the unit existed. */
export async function setUnitStatus(
  db: Kysely<Database>,
  id: string,
  status: "active" | "disabled",
): Promise<boolean> {
  const result = await db
    .updateTable("units")
    .set({ status })
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A unit's settings with defaults filled in for keys an older row lacks. */
export function readUnitSettings(unit: Pick<Unit, "settings">): UnitSettings {
  return { ...defaultUnitSettings, ...unit.settings };
}
