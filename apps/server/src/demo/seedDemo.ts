import { hashPassword, verifyPassword } from "@xietong/auth";
import { appendDocumentUpdates } from "@xietong/collab-server";
import {
  countUnits,
  type Database,
  findMemberByPhone,
  findUnitByName,
  insertDepartment,
  insertDocument,
  insertMember,
  insertUnit,
  upsertDocumentShare,
} from "@xietong/db";
import { schemaVersion } from "@xietong/schema";
import type { Kysely } from "kysely";
import { ensureOperatorUnit } from "../admin/ensureOperatorUnit.ts";
import type { Logger } from "../logger.ts";
import { docToUpdate } from "../trpc/documents/docToUpdate.ts";
import { isUniqueViolation } from "../trpc/isUniqueViolation.ts";
import {
  demoDepartments,
  demoDocument,
  demoMembers,
  demoPassword,
  demoPlatformAdmin,
  demoUnitName,
} from "./demoData.ts";
import { demoDocumentBody } from "./demoDocumentBody.ts";

/**
 * How to sign in to the demo, printed at every start while the demo unit exists: only
 * the accounts that still use the shared demo password, so a changed password is
 * never printed as if it still worked.
 */
export interface DemoAccounts {
  unitName: string;
  members: { name: string; phone: string; password: string }[];
}

// Five argon2 verifications, about 150 ms once per start.
async function accounts(db: Kysely<Database>): Promise<DemoAccounts> {
  const members: DemoAccounts["members"] = [];
  for (const { name, phone } of [demoPlatformAdmin, ...demoMembers]) {
    const member = await findMemberByPhone(db, phone);
    if (!member || !(await verifyPassword(member.passwordHash, demoPassword))) continue;
    members.push({ name, phone, password: demoPassword });
  }
  return { unitName: demoUnitName, members };
}

/**
 * On a database without units, creates the platform admin (in the operator unit), the
 * demo unit with its departments, four members and a sample document. Returns the demo
 * accounts whenever the demo unit exists, or null when it does not and `create` is off
 * (XIETONG_DEMO=0). Demo members need not change the shared demo password.
 */
export async function seedDemo(
  db: Kysely<Database>,
  logger: Logger,
  options: { create?: boolean } = {},
): Promise<DemoAccounts | null> {
  if (await findUnitByName(db, demoUnitName)) return accounts(db);
  if (options.create === false) return null;
  if ((await countUnits(db)) > 0) return null;

  const passwordHash = await hashPassword(demoPassword);
  try {
    await db.transaction().execute((trx) => createDemo(trx, passwordHash));
  } catch (error) {
    // Two processes starting on one empty database: the other one seeded first.
    if (isUniqueViolation(error, "units_name_key")) return accounts(db);
    throw error;
  }

  logger.info({ unit: demoUnitName }, "demo unit created");
  return accounts(db);
}

async function createDemo(trx: Kysely<Database>, passwordHash: string): Promise<void> {
  const operator = await ensureOperatorUnit(trx);
  await insertMember(trx, {
    unitId: operator.id,
    departmentId: null,
    phone: demoPlatformAdmin.phone,
    name: demoPlatformAdmin.name,
    passwordHash,
    role: "unit_admin",
    isPlatformAdmin: true,
  });

  const unit = await insertUnit(trx, { name: demoUnitName });
  const departmentIds = new Map<string, string>();
  for (const [sortOrder, department] of demoDepartments.entries()) {
    const parentId = department.parent
      ? (departmentIds.get(department.parent) ?? null)
      : null;
    const row = await insertDepartment(trx, {
      unitId: unit.id,
      parentId,
      name: department.name,
      sortOrder,
    });
    departmentIds.set(department.key, row.id);
  }

  const memberIds = new Map<string, string>();
  for (const member of demoMembers) {
    const row = await insertMember(trx, {
      unitId: unit.id,
      departmentId: departmentIds.get(member.department) ?? null,
      phone: member.phone,
      name: member.name,
      passwordHash,
      role: member.role,
    });
    memberIds.set(member.key, row.id);
  }

  const ownerId = memberIds.get(demoDocument.owner);
  const departmentId = departmentIds.get(demoDocument.sharedWith);
  if (!ownerId || !departmentId) throw new Error("Demo data names an unknown member");

  const document = await insertDocument(trx, {
    unitId: unit.id,
    ownerId,
    title: demoDocument.title,
    schemaVersion,
  });
  await appendDocumentUpdates(trx, document.id, [docToUpdate(demoDocumentBody())]);
  await upsertDocumentShare(trx, {
    documentId: document.id,
    principalType: "department",
    principalId: departmentId,
    role: "editor",
  });
}
