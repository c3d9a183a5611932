import { generateDefaultPassword, hashPassword } from "@xietong/auth";
import { type Database, insertMember, insertUnit } from "@xietong/db";
import type { Kysely } from "kysely";
import { appError } from "../appError.ts";
import { isUniqueViolation } from "../isUniqueViolation.ts";
import { phoneTaken } from "../members/phoneTaken.ts";

/**
 * Creates a unit and its first unit admin in one transaction. The admin gets a random
 * default password to change at first sign-in; it is returned once and never stored.
 */
export async function createUnitWithAdmin(
  db: Kysely<Database>,
  input: { name: string; admin: { phone: string; name: string } },
): Promise<{ unitId: string; adminId: string; adminPassword: string }> {
  const adminPassword = generateDefaultPassword();
  const passwordHash = await hashPassword(adminPassword);

  try {
    return await db.transaction().execute(async (trx) => {
      const unit = await insertUnit(trx, { name: input.name });
      const admin = await insertMember(trx, {
        unitId: unit.id,
        departmentId: null,
        phone: input.admin.phone,
        name: input.admin.name,
        passwordHash,
        mustChangePassword: true,
        role: "unit_admin",
      });
      return { unitId: unit.id, adminId: admin.id, adminPassword };
    });
  } catch (error) {
    if (isUniqueViolation(error, "units_name_key")) {
      throw appError("CONFLICT", "unit.nameTaken", `Unit "${input.name}" already exists`);
    }
    throw phoneTaken(error, input.admin.phone) ?? error;
  }
}
