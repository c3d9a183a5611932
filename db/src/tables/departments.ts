import { type Kysely, sql } from "kysely";
import type { Database, Department } from "../types.ts";

const departmentColumns = [
  "id",
  "unitId",
  "parentId",
  "name",
  "sortOrder",
  "createdAt",
] as const;

/** Every department of a unit, in display order. */
export function listDepartments(
  db: Kysely<Database>,
  unitId: string,
): Promise<Department[]> {
  return db
    .selectFrom("departments")
    .select(departmentColumns)
    .where("unitId", "=", unitId)
    .orderBy("sortOrder")
    .orderBy("createdAt")
    .execute();
}

/** Reads a department only if it belongs to `unitId`, so ids from a client cannot cross units. */
export function findDepartmentInUnit(
  db: Kysely<Database>,
  { unitId, id }: { unitId: string; id: string },
): Promise<Department | undefined> {
  return db
    .selectFrom("departments")
    .select(departmentColumns)
    .where("id", "=", id)
    .where("unitId", "=", unitId)
    .executeTakeFirst();
}

/** Inserts a department and returns it. */
export function insertDepartment(
  db: Kysely<Database>,
  department: {
    unitId: string;
    parentId: string | null;
    name: string;
    sortOrder?: number;
  },
): Promise<Department> {
  return db
    .insertInto("departments")
    .values(department)
    .returning(departmentColumns)
    .executeTakeFirstOrThrow();
}

/** Renames a department of a unit; returns whether it existed there. */
export async function renameDepartment(
  db: Kysely<Database>,
  { unitId, id, name }: { unitId: string; id: string; name: string },
): Promise<boolean> {
  const result = await db
    .updateTable("departments")
    .set({ name })
    .where("id", "=", id)
    .where("unitId", "=", unitId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a department of a unit; returns whether it existed there. */
export async function deleteDepartment(
  db: Kysely<Database>,
  { unitId, id }: { unitId: string; id: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom("departments")
    .where("id", "=", id)
    .where("unitId", "=", unitId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Whether a department has child departments or members, which block its deletion. */
export async function departmentHasContents(
  db: Kysely<Database>,
  id: string,
): Promise<boolean> {
  const child = await db
    .selectFrom("departments")
    .select("id")
    .where("parentId", "=", id)
    .limit(1)
    .executeTakeFirst();
  if (child) return true;

  const member = await db
    .selectFrom("members")
    .select("id")
    .where("departmentId", "=", id)
    .limit(1)
    .executeTakeFirst();
  return member !== undefined;
}

/**
 * The ids of a department and all its ancestors, nearest first. A share to a
 * department reaches the members of every department below it.
 */
export async function departmentAncestorIds(
  db: Kysely<Database>,
  departmentId: string,
): Promise<string[]> {
  const rows = await db
    .withRecursive("chain(id, parentId, depth)", (qb) =>
      qb
        .selectFrom("departments")
        .select(["id", "parentId", sql<number>`0`.as("depth")])
        .where("id", "=", departmentId)
        .unionAll((union) =>
          union
            .selectFrom("departments")
            .innerJoin("chain", "chain.parentId", "departments.id")
            // The depth bound stops a cycle, should a bad row ever create one.
            .select([
              "departments.id",
              "departments.parentId",
              sql<number>`chain.depth + 1`.as("depth"),
            ])
            .where("chain.depth", "<", 64),
        ),
    )
    .selectFrom("chain")
    .select("id")
    .orderBy("depth")
    .execute();
  return rows.map((row) => row.id);
}
