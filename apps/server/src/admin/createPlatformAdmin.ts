import { checkPasswordStrength, hashPassword } from "@xietong/auth";
import { type Database, findMemberByPhone, insertMember } from "@xietong/db";
import { isMainlandMobile } from "@xietong/shared";
import type { Kysely } from "kysely";
import { ensureOperatorUnit } from "./ensureOperatorUnit.ts";

/** Why a platform admin could not be created, as the CLI reports it. */
export class PlatformAdminRefusal extends Error {
  override name = "PlatformAdminRefusal";
}

/**
 * Creates a platform admin in the operator unit (created on first use). The password
 * is the admin's own choice, so it need not be changed at first sign-in.
 */
export async function createPlatformAdmin(
  db: Kysely<Database>,
  input: { phone: string; name: string; password: string },
): Promise<{ memberId: string; unitId: string }> {
  const phone = input.phone.trim();
  const name = input.name.trim();
  if (!isMainlandMobile(phone)) {
    throw new PlatformAdminRefusal(
      `Phone "${phone}" is not an 11-digit mainland mobile number`,
    );
  }
  if (name.length === 0 || name.length > 50) {
    throw new PlatformAdminRefusal(`Name "${name}" must have 1 to 50 characters`);
  }
  if (checkPasswordStrength(input.password)) {
    throw new PlatformAdminRefusal(
      "The password needs 8 to 128 characters with letters and digits",
    );
  }
  if (await findMemberByPhone(db, phone)) {
    throw new PlatformAdminRefusal(`Phone "${phone}" already belongs to a member`);
  }

  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const unit = await ensureOperatorUnit(trx);
    const member = await insertMember(trx, {
      unitId: unit.id,
      departmentId: null,
      phone,
      name,
      passwordHash,
      role: "unit_admin",
      isPlatformAdmin: true,
    });
    return { memberId: member.id, unitId: unit.id };
  });
}
